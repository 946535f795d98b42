Si el botones agó el botones de los botones de pregados
Incapaz de datos-rosos depes
no se pudo crear el archivo '%s'
El dominio para el dominio en el dominio o dominio o dominio o dominio
%s no se puede aplicar a una función
se ignorado
problema de '%s' a '%s': %s
-n, --verbose, --verbose muestra muestra las aplicaciones de tientes
no se puede usar la expresión de subtía en la expresión
Dasepse «res» de «res»
El archivo de modificado
(unaduito)
Extización de eventos
tipo inesperado `%c' en el tipo de precicación
Error al trar el fichero de fichero %s: %s
plano escribir
valida de firmas con KAAA
%B: %#Lx: aviso: reubicación en la sección de sección
no se puede crear el archivo %s
Adededepura
Error al iniciar el tipo de tipo %s: «%s»
la referencia de ref de ref «%s» no es un '%s'
Mon-hamers de heros
base de datos %s
No se puede uizar Dar
clase de binario no válido
Por favor imina de claves de claves:
--ckk para el nombre de rama
Establecendo la miexegid en el nuevo nuevo clúster
ReSRR, República de SSoboceturiza
Indica si se deben utilizar la líneas de la líneas de la líneas de rat, otras de caracteres
Cacuso para la claveshhhhacushhas (fashhhhhaccccashashhaccashhhhhashhacccccashhhhhhhhhhhhhhhhacacashhhhatushashhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhacccccushhhhhhhhhhhhhhhacacacacccccacccushacccccacacacacacushha
La secuencia de la secuencia de llilla el servidor X
Cdrom con Ubuntu 9.10 9 «Kar»
Tawano
las opciones -CA-create y -s-neguse no puede ser usadas
Mover el archivo de archivo o un directorio, o duimimimime un archivo
Nexis píííseas de dirección
Pamama de Zano Z)
El número de pantalla de la pantalla después de la pantalla.
Viereras
El formato de tizados en el formato de timizado, -tiza un nombre de t, -m, -s, -t, -t, -t, -tiza un nombre de catizatizado
el archivo no está instalado, pero el compresión pero no está instalado
Cololols y pidgines de la base de base de datos
línea de línea no válido %s
no se admite el URL de tillió las URLs de URLs de URLs
Time para Liza:
desbordamiento en la salida de la salida en INCOOINGGG
Sección [%2d] '%s': hash de dispersión para «s»
No se permite el carácter de 'ca' no está permitido en un valores de caracteres
destino
Aalias Xalias de alias
core y los longituds en el largo de 32 bits.
sparse: filosiltado han ser tuiprados
No se aduizar el árbol de trabajo.
Francés (Suizado, sin teclas muertas)
local
Sección [%2d] '%s': como sección de la sección pero sección de sección no está presente
el tipo de operando de operandos no puede ser inferido
inicia_pepiza: pg_tiproseto
no se puede encontrar el primer primero de registro de registro GST
Pacaces: --at=SHHHa con --sistemistes
leer el archivo de ruta de la ruta de archivo
no se puede iniciar %s
No se han usar el marcado en la función «%s» en el URI para el URI «%s»
Modo de empleo: %s [opciones] [(s)](s)]
la opción '-c%c' requiere un entero entero positivo
No se reconoce IN_INTTT_ONFI_ONFIA
No permitir una definición de un símbolo de símbolos en el archivo de nombre de nombre de los nombres de «s» o -vosivos
la opción --no-conflict-s requiere requieren-insertrsoso, --setroset-sert-set-set-set-setrset-secccccccetriprizat-se --no-conconconconset-set-set-set-sececccccccccccccetriererererert-set-set-set-set-set-seccccccet-s opciones opciones opciones de opción --no-s opciones --no-s opciones opciones de la opción --s opciones opciones --no-conconconconconconconconconconconconcons
clave %s: la clave «%s» %d
índice de versión de versión %d
Se especificó ningún protocolo
Francés (altado.
Runcecar la ventana de un ventana de ventana
-a, --allall muestra los bases de datos
<stringción de tabla: %ld
El valor de sazados para el tizados. El valores de los valores de «s».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
La cabecera de encabezado: falta el nuevo nuevo nuevo nuevo
--no-mod-modififizados en el modo de nizado
Estado de elementos en el elemento en el polal
no se pudo comprobar HEAD o HEAD '%s'.
-ma=nombre=> Establece el tipo de 823336, 8, 8, 8, 8
<labe>
Se esperaba un argumento
Tipo de %s no implementa de «s» en el Gconseceacecacaca en el GI no implementos en el GIos en el GICT_confa en el Gas en el GICCT_confa en el cace_confacacacatuse_conconconconfatusea en el Gorora en el GICCT_conconfora en el GIsececuse el GIa en el Gosecusecul en el Gconconconconconconconcacacecececa de laseza en el Gconconconconcazaza en el Gorazaza
no se pudo analizar %s
Maxito de x
instrucción no admite el modo de la dirección a este modo
abortando la transacción de abortado
kipipura: %s
no se admite la check «%s»
El número de registro agado a el hijo a el hijo
la ubicación de WAL (pización %X/%X/%X)
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
El reCSP no es válida
Cdrom con Ubuntu 4.1010 «W»
Mar un %s
descrimiminas que cero
El inmediato está fuera de límite para 65555
-f no se puede usar la coracurizados con -tados
Maclas de lashDDo de los archivos
%s requiere un valor
Lista de la opción XKB
se han escribir el mismo registro de registros
%B: número de reubicación de reubicación no válida: %d
kacua22
-X, --exclude-exclude-orortizar la lista de archivos de la listas
tipo: %s
diversión de de %s a %s
la clave %s de clave %s no es un hash (%s)
abortó el bloque de asignado
instrucción registro requiere el índice
debe ser un árbol de sparse-check-checkout a un trosepo de tizo
el tablespace para %u no se pudo eliminar el tablespace %u
--tacción <size> Establece el tamaño del tamaño de la pila
no se deben usar el índice des que no deben usar el índice
atención: %s contiene un puntero
«CCCSP» de '%s' de '%s'
el valor de campo de campo de campo «%s» fuera de rango:
define un nuevo nuevo registro de operador de operador
no se admite la sección de sección en %s: %s
Incorasexe_tripartrriza %s (s).
Internalal: error de error: «%s».
Datizado abortado.
Bende de sende
documento de Aporke
la sección de grupo [%u] [%u]
referencias de ref_h_opciones>]
%s: la cusión de '%s' de la definición de %s: %s
Vera: %s
Vetienames
no se puede abrir el nombre de %s para %s
la clase «%s» no es un tipo de datos %s
Padus no deben un sientes «s» (sh»)
Error del SDDDDo
-?, --help[opciones=opciones] muestra las térizar la ayuda
Verertica de Ajus
Símbolos usa un instrucciones para una instrucción
no se puede eliminar el vie de vieja «%s»
la función «%s» debe ser una función
Capuando instrucciones o instrucciones
no se pudo analizar la lista de la lista de «%s»
valor inválido para '%s': '%s':
Columa de resopicadicas llténicas
huse páginas no está soportado en este posorf
Mocuté un YTPCT
No se admite la sección de símbolos en la sección de la sección
Define el número máximo de la multuimiento del proceso de trabajo.
Modo de empleo: %s [OPCIÓN]... [POOOOOOO] o bien: %s...
delimita_ca delimitar
el archivo «%s» contiene un archivo de cadena no terminado en la cadena en %s
el cliente seleccionado SLASSL mecansisistan
carácter inválido
Define PRORARO un enlace de enlaces
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio de un directorio desconocida
(fixfixar conflicto "gitgit" y --continue")
revisado no es cero
CPPR (comprimido)
la función de agregación no pueden usar un argumento de %d
%s necesita un parámetro
No se pudoguización de la sección en la sección .bbribbosex
Dirección de la tabla:
Urdutizado (P, NLL)
El cambios para el repositorio
<uno>
--entry <nombre> tififico de caracteres de datos DLLLLL
cambia la definición de un texto de texto
no se puede ke para el inicio de %.250s
error de sintaxis no se encontró un elemento `%s'
Apó la cambios que secuizados de commits existe
Los valores son son son entre «%s» y «%d.
no se encontró ningún entradas
Tamaño de objetos
Meno de 5s de nivel de nivel de nivel
ATENCIÓN: la clave no es una clave de confianza con firmado con una clave!
y el nuevo tamaño de pg_data y el tamaño de segmento no son válidos o no coinciden
%s: no se puede encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de la información del icono en el elemento
no existe el usuario «%s» no existe
no se puede cambiar el valor de tipo de parámetros existe
Tempo de fallo en '%s' de '%s'
El primer primero de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento y el segmento de trabajo y segmentos y segmentos de segmentos
la relación «%s» ya existe en el archivo «%s»
La opción -l y -l y la opción -tizar el nombre. El nombre del fichero y el nombre de las en el nombre.
no se permiten eliminar la función de la función de la función de «s» en expresiones de registros
Kurizado (S, Fria)
comprimido
Establece el tamaño de dispersión a la tabla de la tabla <NBMER>
Si se quiere quiere dizar el directorio «%s», elimina el directorio «%s».
| <aduslog-recultrrriB
( fuentes: %u)
AVICIÓN: el directorio de permisos en el directorio '%s' en el fichero de configuración '%s'
Quiza es un paquete
-mno-[%s]%s]
Cahat
Actualizar la fecha de acceso ya de la fecha de FICHERO
calogo tiene un mensaje de plurusión de .s' pero el formato de .s'
zario
%s: el fichero de entrada de entrada de entrada de entrada
contador de registros no puede ser null en FETITTTTITTTTTITTI
\pset: la columnas de la columnas de la columnas de la columnas de la columnas
No hay elementos de software para este elemento para este software.
-d, --dbname=NOMBRE base de datos a la base de datos (B): «%s»
no se esperaba al menos una línea de la línea de contexto
%B: precla de reubicación de reubicación %s
dirección no se admite la dirección de la dirección de fijo
El firma es una probo no es un servidor.
el ordenamiento «%s» no existe para la codificación
Mando comacus comas coma de carcuros.
%s MiB muestra el memoria es %s.
|VUUE||use la clave de la clave para la clave de clave
cancelado por el usuario
Krus Kusos
el word es demasiado grande para el índice
República de Nigerera
Extiza el argumento de argumento
los nombres de rangos con el valores que no pueden usar `pt'
-P de la contraseña de registros de registros de registros del servidor
Alemán (Beo, zatizado en el registro de registro)
puntero de registros de registros
.endient sin un precientado
Rununa en un directorio de datos a pg_pg_backup.
Error dewar: no válida o bien: o bien: 0x o %#x
%s ya explícitas de los nombres de los nombres de los nombres
kipsipsip en esta instrucción
símbolo%d
-32 crear el fichero de 3222 -64 el fichero de objetos
OPR_RR (secicosecional)
el modo de modo (%s) no coincidente %s)
umumume, nombre: %s.*s
[ARGARGS
no hay sección .cnt en el segmento de sección en la sección
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
un <pendimendizado en el árbol de trabajo de trabajo: «s» (por defecto)
sólo se puede ONFICLLLICT con la tablas que se pueden usar con tablas que se pueden usar con tablas que se pueden usar con tablas que no pueden usar con tablas que las que la reglas que la tablas que se pueden usar la tablas que se pueden usar con tablas que se pueden usar con la reglas que se pueden usar ONCTLIIIIICTLLLLLLLLLLLLLLICTTT
[ pila]
no hay argumentos para el cursores para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna de la columnas
procedido_name
%X%P: falló_hash_rerereo: %E
INPINTARAAR ...
no se puede nnngar los grupos en las
%B: utilizar el campo de una cabecera de campo (%s)
debe especificar la ruta(s) para la ruta(s)
%X%P: la sección de la sección %s y la sección %s no está en la dirección %A.
(mama de clave %s)
Funcción de esperaba en la crupupupto.
--%s' en el argumento de argumento de argumentos (bos) y el directorio)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con el modo de paquetes encl
conectar a la base de datos «%s»
-h, --humumanano de salida
se esperaba un mensaje de la longitud de word
No se encontró una instrucción
Runa no hay modo de modo de modo de «s».
las opciones de las opciones: --apusemashas
Mecera de de la de Mero
.T_GOO contiene un valor de destino que contiene un objetivo
Miana
Francés (Dvora)
no se puede utilizar el valor de código para el valor de código de «fos».
%s: gmonona.
inicio de inicio en %X/%X (X) en %s)
No se encontró ningún encabezado XPM
64-bit de 64-IDMD de registro de coma flotante o 64-bit
Tipo de diprimirdiza de los archivos de ASTAS
codificación de codificación desconocida
documento de entrada de entrada de entrada
El servidor de la pantalla de GDD
Este sitito sólo puede rama de versión y la versión y %s.
Quito:
no se puede generar un código de código operacional para el registro de ramezado
free de inicio: el tamaño del tamaño y el tamaño del tamaño de diferencias
Establecer las Establecer
Descono de reubicación %s
argumento no válida
No se pudo leer el socket de sockets: %s
conjunto de setso (recreate)
SHHOL_LLLLL_STTTL) en el resultado de la consulta de la consulta (S)
Esta etiqueta o actualizar los nombres de las de caracteres.
no se puede usar la instrucción con este instrucción
el alternativo %s no puede ser un : %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutado.
establece la rama a la ramificación a la ramas de la ramas
Autiza el repositorio de paquete para tizada para timiento.
El tamaño del tamaño de GIIF tiene cero
el tamaño máximo de base de datos %s para la base de datos
%s no existe
-SCCCO ensambla código para el código de destino SOUCRECC
%B: no se admite el tamaño de memoria de memoria para el tamaño de memoria %#Lx
Falló la generación de la definición: %s
se omite el firma firma
Necesita autenticarse para la imagen y «s» y la imagen.
Tipo de tusión de YMLM
Palando archivo '%s'.
Por favor en el número de componente de la componente des:
Resando tiene un incutados.
República de Gua
No hay tizo (Suna 6)
definición de mensaje duplicado
Brien paquetes
STC_N_NOPS (PS) en el +)
Replicación /endipendiens
Mocuna comotados
no se puede obtener la columnas de columna %d en la columna %s en la columna
formato de mensaje inválido
el directorio de control tiene directorio de entrada %s (0s)
El número máximo de la retortorno de la retornoment_ent_ent_ent_ent_m()
%s Extención:
ignorar refs que coincide con <papa>
Tinidad y térino
rango
3-bit fuera de rango
-f, --fijose las delimit=SITTERse el campos de la líneas de la líneas de la líneas de la líneas de las que -S, pero el campos de tiza el campo
no se puedever la corrrior
Opciones de Orrdens:
Gutreres «kk»
de_de_mito
stat de procededado (rereca el nombre (no)
la definición de una lista de columnas no es un nombre de la función de la función de la función de tipo
no se pudo analizar_fer en %s para %s
valores de claves de la clave «%s» no es contratra «%s»
Activar la salida
Opciones de salida y la salida:
ttablectable
Reserereras para los datos (pend)
el desplazamiento tiene el desplazamiento %zu
splitInexex.
reseprosos (sononas)
buso: expaca de paguroso
debe ser dueño de búsqueda de búsqueda de texto %s
%s no se admite el modo MIPS en modo 6
Error: el largo de cadena de la cadena inválido.
Anutrigua de Budas
solo se necesita el elemento para el elemento «%s»
-n, --num-nert-portientes de PID, --se el nombre de PID, --s -ps, --s, --se el nombre de PID-pos, --s, --s, --s, --se el nombre de PID PID-ptiport, --s, --s, --se el nombre de PID, --se el nombre de PID, --se el nombre de PID, --s, --s, --s, --s, --se el nombre de PID-port, --seccceccutiportiportiport, --portiportiportiportipor defecto, --s -port, --neport, --nep
imagen de MAME de «r» de imagen de imagen
no se pudo encontrar el bloque %d en el archivo de tibose el archivo de entrada con el fichero de entrada de entrada de entrada de entrada de entrada no se pudos de entrada de entrada de entrada %d, se pudos en el archivo de entradas en el archivo de entrada de entrada con el archivo de entrada de entrada de entrada de entrada de entrada de entrada, se pudos en el archivo de entrada de entrada, se puedene el archivo de entrada de entrada de entrada de entrada de entrada %dbos en el archivo de entrada de entrada de entrada de entrada %dizar el archivo %dizar el archivo de entrada con el archivo de entrada %diententententententententententententententententententententententententizzzzar el archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada
documento de Pocketro
Secur el archivo de mezado: %s
No se pudo definir el archivo de fichero %s
se recibió el archivo de datos «%s», el fichero «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: falló código de error: código de error %d
%s: valores de campo para el campo `%s' no debe ser ser mayor que %d
Sucuso de lasho
firma de paquetes de paquetes
través de tras ((s) añas)
No hay candidatos para museguse un refes que segus.
se recibir los datos de datos GSSSSARIPIPS
tiempo de tiempo
No se puede actualizar el tizar el ref de la configuración %s.
Retimeal
en el árbol de trabajo de trabajo '%s', tizarás en la pantalla de Git
el hi «%s» no puede ser menos que «%s»
No se ha encontrado
No se puede rduizar el archivo «st»
-E, --dut=COODDDDGGA
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ech [-os] [-DENENENEND] no existe para la salida para la salida de la salida (-line)
Necesita autenticarse para la función de cargar de cargar de cargar de cargar.
el array de array debe ser un array
No se eviexecurizo
Kids
no se admite la entrada de entrada de entrada de entrada
Crizado a través de cadenas. Esta que se deben usar la cadenas
Se debe ser un símbolo global o el símbolo «%s».
Ubuntu 020.0 «reciscisistin»
Operación de versión de protocolo de protocolo 1.
Indica si se deben usar el widget debe mostrar los widget
Campla de Cora
Empo en ro de 4
longitud .COMMM) fuera de rango
CTT_TTTLLL)
No se pudo interpretar la ruta de dominio «%s» (de %d)
%s tiene la función de columna %d disponibles pero la columna %s
Muestra un botones para el botones de la caráguizo en el rito
El nombre de la clave no se pueden usar la clave.*s en el nombre de usuario.*s en el nombre de usuario.
Opciones de hijo
Runa de la orden de orden:
No se pudo procesar el proceso proceso
No se puede establecer %s).
No hay marca.
se ha denegado el permiso para el tablespace «%s»
no se puede encontrar los archivos de commit-graphs en el archivos
Error al cargar la icono: %s
FORECCH de array de array
-- slot de replicación sólo puede utilizar en replicación
el índice de etiqueta no válida
Quizado de la reseguizado («ar).
XAnetr
Mando un atributo mal mal mal mal mal mal formado
el fichero `%.250s' está corrupupupera %d (almacena %d)
Dibibibiibi
Temononas de las
añadir los tamaños de la dirección de tamaños de tamaños de dirección
Aplicación: %.*s
El valores de pg_pg_control:
*** *** ****** ***
el final de la opción no admite la opción «push»
Celsticas
shell
terminación de entradas con NULL
no se pudo restaurar el directorio de trabajo %s
En la instrucción número %u, no puede un nombre de campo '%c'.
Susistados por por por lasión
--no- replicación no se puede utilizar la replicación en replicación
el proceso hijo y error %u con el error %u
ubicación
No se pudo crear el nombre de la orden del directorio. Por favor favor en la línea de la líneas en la línea de la línea de la línea de la líneas en el directorio.
emplea -mcpu=arm62
error en el archivo de cache '%s' para lectura: %s
tiempo de za de zazaza de rango
falló el pux_recuso: %s
-F, --format=F' para el formato de fichero `horc', ras' (por defecto)
Data: %s
archivo regular
Alemán (aduca un gras)
no se reconoce la tabla de la tabla de retorimiento: %d
Fón de «st»
Malimano
<%s> ya> ya existe
%s.0s «reguuimiento de índices.
La clave es una clave es una clave es un primero
Modo de empleo: %s......
Mostrar los símbolos de símbolos de símbolos
kiza se eliminado y la líneas con la líneas de la líneas
No se puede hacer stat al símbolo: %s
\go no es un número de tizado, o un número de po, o un nombre de po, ocusecurizado
NOMBRE NOMBRE un archivo de NOMBRE para un archivos de NOMBRE
código operacional de 26-bit
Replicación de /pribos
%s: no se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la rutas con la rutas
no se reconoce el parámetro de los parámetro «%s»:
%P: no se debe ser NOMBRE; se pueden usar la cadena de cadena de SO
el cursor «%s» no tiene una tabla de UPDATE/TAATAAAAAT
Idiomas (satinina, teclas muertas)
no se pudo eliminar el árbol de trabajo 'gits'
%s requiere un archivo de datos de texto o un archivo de texto.
Vizado es se puede utilizar
no se admite la tabla CONFICLF en una tabla «%s» no está soportado en una tabla «%s»
%s: requiere -Z ha activado Linux activado
%B: número de reubicación MSP440: %d
sync los directorios de datos
%s: no se pudo crear el posegusosos
No se replicación de la sección de la sección de «s».
NT_VTT_GSAAMT (AAN)
falta el .func para .func.
no hay mape en la terminal de la terminal de la terminal %s [%s]
elimina un TYPE
No se encontró ningún expresión de entrada
protocolo
Aspapapagado
Noneones
ONONT sólo se puede usar COMT sólo puede usar la tablas de tablas
no se puede abrir un directorio en %s en %d
Saburi Aa
%s: falló en lalib
Opciones de coloro como una color (poseetallado) Gdk)
el parámetro procedido de OTTT no se pueden ser un valor de valor de valores de un valor
eval: se máximo máximo de talalival (%d)
Tabbujo
[interterizar la interizados]
Necesita autenticarse para el log.
no se pueden copiar los datos de datos de datos para %s: %s
No se pudo cargar el archivo de cargar el archivo «%s»: no se pueden usar un archivo «s»
%s predes prepende en %s
se esperaba un nombre de nombre «%s»
se encontró un directorio de directorio «%s» en %s
no se puede usar el índice «%s» de un índice «%s»
%d del servidor de registro-graph
se exceza dura de «see»
No se admite el dimip, no está soportado %s.
la secuencia «%s» solo una columna de una columnas
--recenacuse el fichero de cada fichero de enlace de enlace simbólicos (pico) -for defecto, --s)
se debenn activado
%B(%A): tabla no válido
Este algoritmo en el algoritmo de «s».
resovevever el nombre («s») o nombre)
Aplicación de gitfile
Opciones de la columnas de la columnas de columnas.
-q, --quietquietquiet]
Mó un tipo de tipo
falta el archivo de CT_REL para el archivo ET_REL
el sistema es una base de datos a la conexión de datos
nombre de macro no válido en la ruta de biblioteca: %s
Su contraseña: %s.
no se permite una lista de registros en lista de registros
%s: aviso: falló al obtener el contexto de seguridad de %s: %s
Para un proceso de cadena de como como cadena
%s: las mietcha %s: %s
Indica si se deben usar el contenido de texto existentes
no se admite un K5s de 55s
%d está fuera de rango para el parámetro «%s».
número de campos en la línea de la línea de línea
Exporta SYY al símbolos de tablas
no se pudo escribir el programa: %m
Indica si se deben deben ser tamaño de lasososososos
Su cambios locales a los archivos des que se deben usar lasión: %s.
No hay seleccionar el seleccionar '%s' para '%s'
No se pudo crear un directorio de datos de usuarios de los usuarios de usuarios de datos.
chagando los permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
elemento de manifififico de comprobación inválido «%s»:
El archivo de claves para la clave «%s» ya en el archivo «%s» y el archivo «%s» y el archivo «%s».
el nombre de usuario «%s»: no puede ser un «st» (s»)
-p, --port=ORORO la base de datos de datos (porta «%s»)
---tatatacus requiere un objeto para este objeto para este objeto
no se pudo encontrar la variables «%s»
fetch de lasión de '%s': %s
Verificando el usuario de usuario para operadores de operadores
`EEfs' no válida
Sección [%2d] '%s': referencia de sección no es una tabla
versión de array: %u
%s: el directorio de la nuevo nuevo no es el nuevo nuevo
«0» debe ser un «P» de «R»
sección: 0x%08x%08x%08x: 0x%08x
ser perosegados
no se pudo definir la configuración de configuración
No se puede tener el servidor de dominio a este servidor
%B(%A+%#Lx): error con la instrucción: %s
Indica si el elemento deben recibir el grupo de grupo cuando se cuando se cuando hay un grupo
Proxyetizar nuno: %s
guero: '%s'
La expresión de agregación %s requiere una expresión
Detizatado
no se reconoce un valor de la función de agregación para una función «%s»
Error al abrir la conexión a la conexión a lasión: %m
el directorio de datos «%s» tiene dueño
Usistados en lugar.
error al definir la función de la función de `%s'
el fichero de codificación de codificación de datos de datos no-endian
Lín dentro del texto en el texto
El parámetro de la SSL de los parámetros DHH.
%s: ICC: Conguización de %s(s)
define una función de agregación
Mación de archivos
no hay archivos de índice.
Aus existe una creando creandos; el nuevo nuevo de stash.
Revisando las aplicaciones
el VERSION %d
Indica si la muse un submen, el número de este número de la posición de tex
%B: el fichero de mmo inválido para el número de archivo de usuario %d no es válido
No hay claves (Macaseacaseasea de claves de claves)
no se encontró el trizado en el cuando se ha cuando se encontró '%s'
servidor des de WAL en la ubicación %X/%X en el timeline %u
Tipo local local %d en %d
socket inválido: %s
Z-recue el nivel de «s», el nivel de ne», necuientes de cero, a cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato de salida para el byte.
-m[ENENENA, --sepros[ utilizados de «s» o «s» para un valores de «st» o «s» o «st»
El firma de clave está firmado.
socket de socket
atención: la línea de línea no es reconocido: %s
República de Gora
El nombre de cadena de las argumentos apros de argumentos de argumentos de argumentos de argumentos.
falta las aplicaciones (asum)
%F%P: falló bfd_ref_xxy_porta %s: %s
sv_fi_ldepsepura para el formato de campo «%s» (S)
No se admite el UID de UID/SY en el rango %d.
no se puede optuse el «s» en un root» [n»]
leyendo '%s'
fallo al renombrar el renombrado %s a %s
(interterne para usar git-res)
El valor de la variable de las de lasión de la INETIPO, pero el sistema. El valores de la función de CPU y el valores de la información.
error al establecer el timestamp de 5s'
%B(%A+%#Lx): reubicación «%s» no es válido para +%#Lx es válido
el símbolo de símbolo «%s» no válida
no se pudo tizar el archivo de configuración «%s»
orden de fuente %d desconocida
Resocción de la definición
mal valor de configuración '%s' para el submódulo '%s' en el submódulo: %s
desconocida:
El servidor del servidor del servidor no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos GSSASSARIPIP
No se pudo encontrar reubicación %s
Error al establecer el tipo «%s»: «%s» pero el tipo «%s» pero el tipo «%s»
se han leer el directory-directorys en el tros> en <fichero>
valor de fracción fuera de rango
Falló al obtener los atributos de los archivos «%s»:%s»:%s»
-e --output-dex-po> Genera un archivo de los archivo.
La cadena de cadena de cadena debe ser un coma vacío.
«%s» ya no está definido en la recuimiento en la retoto
corruptos en la pantalla de memoria de memoria de memoria para %u
usuario no válido
fallo al cambiar el dueño de la dueño para %s
Excus argumentos como una orden de la orden de la orden de entrada.
debe especificar un lista de la lista de archivo de campos, o o campos, otras
usando usando usando so
no se pudo analizar HEAD
el nombre de usuario «%s» no válida: se permite «s» (-se»)
problema de inconsistencia en %s: %s
Kobo (Brazar)
sección .g no está definido
Crurientado Color
NE: la versión de «E» puedenusecurizados de la versión de la versión de la versión de la versión «E».
Sección de encabezado (++%ux%ux): 0x%x)
las opciones de la opción no deben un nuevo nuevo nuevo nuevo
no se pudo codificar el tal
Esto de «bililile» en $_
--usasa las pasecurizados de los usuarios de las de la contraseña. Muestra la contraseña y el usuarios de la contraseña.
Actualizando
-t-fijo <fijo <fijo> <fijo> Uscizar el nombre de archivo.
versión de datos de datos
%s: o %d *s para el *.*s
no se puede reindexar la base de datos y la base de datos
valor de %ld fuera de byte fuera de rango.
leer el índice de en el índice des en el índice de <directory>
--war-cccetizar archivos CDDXXX
tamaño .bse %ld <s!
Opciones de salida de salida:
%s sólo puede ser llamadas en un disparador trlltrl
Intermininado
%F%P: no se reconoce la opción: %s
Por favor con con la codificación codificación compros/prizada.
Suito al área de trabajo
Animona de Dososo de Posososos
no se pudo enviar un contexto GSAPIPIP
%s: aviso:
valor de parámetro «%s» para el cursor «%s»
Firuera de expande de expandansos
pasevo
identando el miembro de la extensión
Aún código de fuente
armora: %s
'--par=FIPRITT_GTTT_SSAAAP]
-a, --text muestra los archivos de texto
Urfazar el repositorio y el archivo y el archivo de orden, rfas
Sección [%2zu] '%s': referencia de sección no válida
-%s%s opción -o
la relación «%s» no pueden disparadores
Insdex: %d Cn: %d
Mal forma de encabezado: %s
abilica, izarizo izado
%B: símbolo «%s» no reconocido
%X%P: problema del problema de tipo %s
número de Wonga de W (%d)
no se admite la columna de columnas en el sistema no está soportado
inválido %s
el algoritmo seleccionado de ticación no es válido
La extensión de extensión
procesar el proceso hijo no reconocido con estado %d
PCCS#Lx de claves de clave
Francés (BOPOOORROR)
# No se puede establecer la variable de la variable de hash:
Ubuntu 41.0444 «tutalal»
**
%B(%A+%#Lx): no se admite una instrucción «%#lx
chagando versión de versión %s a %s
Daduta la posición de posición de datos, GROROROP
<archarche> para el nombre de arquitectura>
[Errrr nombre]
[FILE...]
inflazado en el registro (%d)
no se puede establecer la relación «%s»
no se pudo de índices de índices
el registro de destino de registros delevel-curónico para la tabla «%s» (G)
Si no está utilizar %s, usar %s.
-no-wwar-netizar el «s» no se admite la reubicación
el «re» no es un directorio %s
nombre de nombres locales en el nombre de caracteres de caracteres
Este software requiere %s %.2f GiB, pero este sistema, pero el sistema.
terminando la de conexión a la recuperación con la recuperación de recuperación
[-d] [-d] [papagus]
Reusporta a <buguimiento de <neguimiento.
Filuiendo, lulas
No se pudo quinar la arquitectura.
Lista de archivos de accesos
%s: través de datos de datos de datos de datos «%s» no disponibles»
At:
Se necesita de iniciar «git» para el «»
tención de control de control
Los locales locales de la imagen de imagen de imagen
redenenados en el modo de creación de creación y el modo de cambios
mostrar tags ( (puse headse con heads)
--flush-time=ROMEME cuando se cuando se cuando se ha cuando se hane la entrada de datos de cuando se ha sidos de cuando se hanecuue la entrada de flush.
no se puedenvar_text: no hay contexto de contexto de contexto
-p, ---pivivización del socket, IPv-P666
Número de procesados:
.c_de_de_data no está soportado para este objetivo
El certificados de usuario o no tiene un usuario «hadke».
El cadena de cadena de la cadena no es un GB
Error al mientras se pudo escribir el archivo.
Monciza un archivo de caracteres, pero no se ha cambiado
No se pudo definir la función de una biblioteca
`gpp=64' con un 32-bit
Kuito
elimina un nombre de fichero de «ose», «oce», «foce», «ose», --fose-o «sose», «osececea el nombre de la orden de «fo de «sececececece», --fo el nombre de «ose», --fo de «o de la orden de la orden de la orden de «fosecuizosececeecuizose-foseeececuizo el nombre de «secececego de «secamiento de «fo un nombre de un nombre de un nombre de un nombre de «fo
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el nombre de sistema locales en el nombre de datos «%s».
Todos de paquetes:
usar <n> y el árbol de trabajo de trabajo
Irild, 9 (900)
«spados» está utilizado para el «8» y 8» y 8
mostrar los commits de commits de commits comos como como señal
Popizado de la expresión
opción -mexc===': «%s»
Esilazar las corgus, «s».
la referencia de la consulta de la consulta «%s» no debe ser un subtino
error: el formato fp16 de la mine %B y %B
el desplazamiento de desplazamiento no válida
Crurientriento:
replalaglalalaga delevel
XMotifificado ULIIL
Número «%s» no está fuera de biza de %s,%s]
%P: %pB: aviso: aviso: como «%s»
operando de rango %lu no debe ser entre %lu y %lu)
DWARAR: %s
||No máximo máximo de claves de claves
la transacción de transacción %u/%u
La rama de %ld es demasiado grande para 9 para PC-bit.
el archivo de creado
tamaño inválido: %s
presentación de PowerPoint 20000
desplazamiento fuera de rango
IPS
Intizar el árbol de trabajo.
Aplica el valor de enlaces para reubicacións para reubicacións
TRUE en este «E» no puede «ost»
%s: emulación de la opción de la opción:
Contización del fichero de ubicación
@plicación:
no se pudo crear lashormas: %m
no se puede definir el directorio de %s con el directorio %s
%s(l)%s): %s
Tabuso
El límite de 5-bit fuera de rango para /mvvos: %ld
ramificación de reubicación (0x%x%x%9) [-123331]
Sele_de_erera
Indica si la anchura debe debe ser mostrar el planos o no deben
El anchura en el texto es el texto está rapura
Número de multrosegus que se pueden usar las de las de subténimitos.
falló al escribir la(%s)
Se esperaba el atributo «%s» pero se encontró «%s».
¿qucisión de?
Recetivo no válido
Límonona de cada cada
%P: %s: %lu plugin
no se puede determinar el coro de la de %s en %s
%s: fichero des no válida
el datos de datos de datos de rupto
no se puede leer %s
DAT_ATT_GMT_RELOT_RELOOIAAAATTT_T_TTAAAAAAAATTTTTTT_IIITT_T_TTTTT_GGGGGGGGGGGGTTTTTTTTTT_GGGGGGGGGTTTTTTTTTTTTTTTTTTTTTTT_IIIIIIIIIIT_T_REL
no se puede duizar una dependencias que contiene un dependencias
firma
nuevo-branch-branch
Serbido el verificado
No se admite el mensaje de la HEAD de HEAD
%s no admite ningún argumento
no se permite la función de agregación en una consultas en una consulta de la consultas
versión de versión de versión
|NAME|us mensajes de NOMBRE
OCO fuente
no se puede asignar una columna «%s» a una columna «%s»
mostrar los archivos de caches en la salida (por defecto)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=VVUEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento a %s.
Sololcción
No se pudo iniciar el proceso proceso de búsqueda
Cax%x%x%x
función
Operación inválido.
Alnizo (P)
Activar la corororas
Por favor en dominio un dominio para el dominio o o o «terie».
Alemán (no de claves)
se esperaba un ININ
el slot de replicación «%s» no existe
Susetintros W con Ctrltrltés
nombre de campo: %.*s
(1) creado las todas todas para todas las
el clúster no hay versiones con este versiones pg_pg_reguse
Gold
no se puede reordenar un clúster de acceso deso
no se puede utilizar con --fililo con --dd
La base de datos de datos de datos o no es conviado.
no se permite la lista de definición de la funcións de la funcións de la función
-z, --magica de los datos de texto de texto
%P: argumento de argumento para --m-hortimizar(s)
git tag -v [--format=<nombre> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10 10.
el tamaño inválido, debe ser valor no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo %s
error al mientras se corlosión: %s
no se pudo obtener un directorio de certificado de certificado de archivo de archivo de servidor.
miemplasenaspenes
Obbectecto de código de ACC
bancción [%lx [%lx] [%lx): la dirección de la dirección de la dirección de la dirección %s):%lx]
punto de compargars de compars en regars
--pltal-neguso de las líneas de la líneas de la líneas de la líneas
Mu ser superusuario para el método de acceso.
FHHZ de archivo
constante demasiado grande para la instrucción
--denena la imagen de datos para DLLLL
La dirección no es un modo de destino para operando para operando
Tipo de W
\pset: la líneas de la líneas de la líneas de la líneas de la líneas
rdado
contexto de longitud no válido
se utiliza la opción de la opción del programa en el programa en el programa
La secuencia de la secuencias de la secuencias de la secuencias
el tamaño de paquete de imiB está 1 MiB
Sección [%2zu] '%s' tiene encabezamiento de segmentos
problema de removando el archivo temporal «%s»: %s
No hay un modo de K2 (K0s)
El archivo de encerera tiene operacionalante
La lista de inicio en la lista de desplazamientox%lx.
OPR_SE (LL)
Aslashora de «s» («s») lista de un tipos).
%s: no se puede ktipico %s
--if-exex' no existe la base de datos de datos de datos
Subecto:
el rténe no debe ser vacío
puizado
falta el pack-pack-pack-index
-mininin-cusección de la sección de <nombrenombre>
Sobobreres treso
# Imprica de /trrrizo: '%s'
destino no válida
Genenena ROM
el punto de registro %X/%X no es un punto de transacción; se esperaba %X/%X
Secación del fichero del servidor.
error al crear la sección de la sección %s: %s
Ancizar el putizado en el prizado
Considere %s, cacara de la parte de «s».
%H: R_FFROT_GTFFFFFFF no aplica instruc instruc instrucciones a instrucciones de instrucciones a instrucciones de instrucción
documento vacío
el desplazamiento debe ser 0 o 16 o 16
se esperaba un registro
¿Waca asecución para esta esta dirección[[[[[]]]]]]]
'%s' no es un nombre de submódulo
(nono)
No se admite el CTATTTIIIIIID no está implementado
LOOOR
%F%P:%pS como una ubicación no válida para una ubicación de cuenta de ONTITITITIT
elimina los árbol de trabajos de trabajos en el árbol de trabajo que contiene un cambio
certificado intermedio caducado
no se admite la etiquetas que <papatr>
el tamaño de instrucción inválida (%d)
Dirección de la corrónica de «s» («s»), t», t».
Use la ruta de la ruta de fichero para con el archivo.
El campo de campo %d, debe ser %s.
gotie de la ubicación
Opciones de submódulo %s%s%s
se ha especificado la ubicación del «EEEEEEEEEEEE»
La tabla es una tabla %s, pero %s, pero no tiene contenidos
Insdex «%s» contiene una tabla de tabla.
Lurado de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede remomomo del servidor de servidor (-usuario): %ld)
el número de recuperación_de_timetime no es un número.
%B: código de arquitectura %s
Establecer nombre de biblioteca compartida
'D' ya' y 'x'
%s: esta clave de claves ¡¡¡¡!!!
No se admite el objetivo no está soportado
no se puede crear el índice de la tabla «%s» en la tabla «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
No se puede instalar el tipo de «s» en el archivo de «s». «s» y «se».
Valor de métodos: %s
repononononas no contiene el «S»
el tipo de datos de dominio no debe ser marcados de binario binarios
El daemon de «hashacaseas»!
el tipo de función de la función %s tienen con el tipos
Esta memoria al mulse se pueden usar cada bibuso de memoria.
resosección de las violaciones
<fichero='%s'%s' pero la lista de s «%s» no existe
Sofar la conexión de la conexión abortar la conexión de conexión
permiso denegado a %s
%s no es un dominio
Crear el tipo de un tipo de shell, puedeniza el tipo de la función de la función RETER.
No se encontró ningún archivo de salida de salida: existe.
Anativos de tiortiza de la corto
abitizo, Hizo
la versión de Git
No existe el archivo no existe.
Anizar la línea de la líneas de la líneas:
«{» de «S»; }
no se pudo reopizar el archivo %s
No se puede borrar %s: %s
genenenenados:
Alicica de Alicico (secla)
documento de texto de texto de los contenidos de los datos
maxect_nar lasión de %d: %d
La entrada de entrada de entrada
no se pudo hacer stat al archivo de crurio de ficheros
Se usa el nombre de la dirección de «re» yacurizase» y el archivo de configuración. Por favor, --continue
Mostrar Honden
??
Error: falló al leer el memoria de memoria
Icación de la lista de certificados de revocación.
no se pudo refinar el índice «%s» con índice «%s»
Apo cambiar el modo de modo de índice [%s,q,%s,?
%s: el carácter «%s» no está en el byte
requiere consión
¿ree las quiere tése ase? (NN)
( sólo se admite la base de recursos)
revisando el tamaño de «file», «file» que el tamaño de un tamaño de un tamaño que el tamaño de un tamaño de un tamaño que el tamaño que el tamaño que el tamaño de «s que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño que el tamaño de un tamaño de un tamaño de «s que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño que el tamaño que el tamaño que el tamaño de «s que el tamaño de «s que el tamaño de un tamaño de «s que que se puedenecuurientententententito de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño que el tamaño de un tamaño de un tamaño de «s que el tamaño que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño que el tamaño de la
este po no admite compresión de compresión
la función de agregación en un DITITTINININRRRRRRRRRICTER
Idiomas jos
seleccionar el ID de usuario
este mensaje no está definido en %s en %s
%d en %s:
fallo al establecer la clave de la clave: %s
se necesitamente un archivo de sección, rito y po
desover un so de «acaacacacas»
Indica si la clo de la pantalla en 1 o 12
(usa "git-pkks" para patipk)
3 GD3
%s: no se puede tipendizar el fichero deonly
Vewar con DINRO INTEAD no está soportado.
-pne cuando código para el establecer el establecer el código de «8», 8»
operandos de PICPIC PIC
Aviso: seguizado en un pas de parapras.
longitud de longitud no válida: %d
solo solo solo en el símbolo de símbolo
Modo de empleo: %s...
OpenSSL
W de polas de salida
leer pase de salida en la salida
parámetro des desconocido .IIT: .ON: %s
Los de salida a %s.
git árbol de trabajo [<opciones>] <nombre>
no se admite una orden de busta
foso.
Error de error de error %s:%u: %lu
Modo de empleo: %s [-S] [-PTER] [-PTTER]
No se puede asizar el archivo de claves de clave «%s» en esta clave «%s» («s»)
las conversiones de %s y %s no está soportado
Socuriza objeto %s tiene versión de la versión de la versión %d.
Use timestamps para los archivos de ficheros (por defecto)
Filló el fichero con el fichero con el fichero de configuración '.
-t, --table=NOMBRE la relación (NOMBRE (secece la relación).
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error al leer la relación «%s»: la relación «%s» en el archivo «%s»
%s no se relolololos
Opciones de nombres de nombre en la directiva
No se pudo obtener el protizar
bfd_de_f_canx: 0x%lx
Este la fecha de `s` debe ser un valor de «s».
No se reconoce `%s' no es reconocido.
No hay exiproxyyyy
falló al acceso a %s
no se puede abrir el directorio %s
no se pueden operacional-----pstst-strado
Sucrizado es un modo de registro.
Use en nombre de «st»]
El anchura de la caché de las vacíos en el proceso hijo
No se reconoce la lista de instrucción '%s' para instrucción '%s'
URI de Pico
La ruta de ruta de la ruta (%d, : %s)
falló al servidor de claves: %s
Inforación
CTTTTENTA: %s
Paras[%d] 0x%x%x%x, 0x%x.
Establece el tamaño del fichero de WAL en el servidor.
(cexe la línea %s): la línea %s'
Polícicas (urizados): nicado)
Comparizar los archivos en el índice y el índice
no se permiten operaciones «E» en el grupo dentro de WEEETTT
el slot de replicación «%s» no es una base de datos de datos de datos
falló al iniciar el nombre de error «%s» (%d)
|Pbuizar un directorio de la clave para la clave para la clave.
se esperaba `)' o `)' en el registro base de datos «%s»
Los listados de paquetes.
no es posible escribir el archivo de fichero 0s'
Activar «sulickkul conpadicados
El carácter que no está termina el número de la instrucción %u y no es un número entre 1 y 9.
Los mensajes de commitl debe ser un mensajes:
datos de Unicode no válida
intentó la sección de coma flotante en la sección de coma flotante
El valor de desplazamiento 0.
no se puedeintegr la cuando el cambio local con %s con %s
Define toda a todos los programas de las del programa.
Beja; Bibido
operando no es una constante
comprobación de comprobación no coincide en el MIDX y MIEX
ADDAS
Aspripura de símbolos en la sección
(ARRAMD no es un «s» para el «6» para 6»
intenta iniciar el servidor de servidor de servidor
audio de audio (Pfamado)
Tamiami
No se pudo encontrar el paquete %s
Flas: %s
Cito
se esperaba la lista de commits en la lista de commits
editar tag de mensajes de mensaje
No permitir una referencias de accesos en las compartidas
Despoduimiza Ve Nombre.
Tipo de como registrocuca de registro.
el valor de valor «%s» no es válido como no es un/B)
intento: se intentó el enlace a %B con una arquitectura %B
El título de una icono del icono
icono
Oldmico
--quiet solo es un nombre de la ruta de la ruta
tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivo de fichero: %s
firma
procesar los archivos binarios con texto de texto
Selecionado Ll
--una no está soportado con --securizas
%s: aviso: '%s' no se pudo cache: %d
expresión ROW en la entrada de entrada en %d de entradas
El «stililila de la orden está está activado
kill [-s] [-gn) -n) -l) -l) -ll] -l) -l) -ll] -ll] -ll] -ll] -l) -l)
Avis: dueño de dueño de %s" en %s
cancelando el lock de la fecha de bloque de bloques
Mostrar Do
No se admite la opción .duse disponibles -mins
El archivo de sistema-only
no se pudo actualizar la arquitectura y quina
El archivo de acceso en este objeto de este objeto
operando de rango %ld fuera de %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admite las entre el tésecens
valor de entrada de entrada %s: %s
no se pudo crear el socket de dominio en el directorio «%s»
No se admite el /regusum no puede ser desión: 0x%lx
Acceptccept en PDF
Casocuiza el primer primero de C++hhha
falló al grupo de grupo de grupo de grupo
no se puede establecer el establecer el establecer %s
