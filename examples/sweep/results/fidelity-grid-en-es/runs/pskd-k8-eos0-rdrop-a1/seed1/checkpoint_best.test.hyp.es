Si el botones agó el botones de los botones de pregado en el pres
Incapaz de datos-rosos depes
no se pudo crear el archivo '%s'
El dominio a la restricción, o dominio o dominio o dominio para NLLLL
%s no se puede aplicar a una función
ignorado
problema de '%s' a '%s': %s
-n, --verbose, --verbose muestra muestra las aplicaciones de tientes
no se puede usar la expresión de subtía en la expresión
Dasepse «res» de «s»
El archivo de modificado
(unadurito)
Extización de eventos
tipo inesperado `%c' en el tipo de precicación
Error al trar el fichero de fichero %s: %s
plano escribir el proceso procesado
validado con firmas con PAAAA
%B: %#Lx: aviso: aviso: símbolo de sección en sección
no se puede crear el fichero regular %s
Adededepura
Error al iniciar el tipo de tipo %s%s: %s
la referencia de ref de ref «%s» no escus'
Mon-hameras de Mers
base de datos %s
No se puede uizar Dar
clase de binario no válido
Por favor kizado de la clave de claves:
--ckk para el nombre de rama
Establecendo la miexera el nuevo clúster en el nuevo clúster
ReSRR, República de SSobutiza
Indica si se deben utilizar la líneas de la líneas de word, word o ratizar la líneas
Cacuso para lashhhortushhashhhhacccccccushashashhashashhhhashashhhhashhhhhhhhhhhhhhhhhhhhaccushhhhhashhashhhhhhhhhhhhhhhhhhhhhhhhhhhhhhhaccccccccccushhhhhhhhhhhhhhhhhhhatushhhhaccccccccccccccccccushhhhhhacus
La secuencia de la secuencia a el servidor Xlla el servidor
Cdrom con Ubuntu 9.10 9 «Kam»
Tawano
las opciones -Ccreate y -CA-seguse no pueden ser usadas ntas
Mover el archivo de fichero o un directorio, o dimimimimim
Nexistiza la dirección de la dirección de dirección
Pamama de Zano Z)
El número de miega la pantalla de la pantalla de bloqueos.
Viereras
El formato de tizados en el formato de timizado, -tizado, -s -t, -t, -t, -t, --s, -t, -t, -tus, -tus, -tiza el mismo mismo espacio de cortalalalalalalalalals, --se el mismo mismo mismo mismo mismo mismo espacio de cor defecto, -t, -timt, -tizzado, -tizar el mismo mismo mismo espacio de cortus -ccccccutizado
el archivo no está instalado, pero compresión pero no está instalado
Cololols y pidgins, «s»
línea de línea no válido %s
no se admite el URL de «illillo no soportadas»
Time para Liza:
página de fuente en la salida en la salida de INCOGG
Sección [%2d] '%s': dispersión de hash para %zu s
No se permite el carácter de 'ca' no se permite un valores de caracteres en el valores en un valor
destino
Aalias Xalias de alias
core y los longituds en el largo de 32 bits.
sparse: filosil debe ser tuizados
No se aduizar el árbol de trabajo.
Francés (Suizado, no se ras)
local
Sección [%2d] '%s': como sección de sección pero sección pero sección de símbolos
el tipo de operando de operandos en el tipo de operando
inicia_pepiza: pg_pg pg
no se puede encontrar el primero en el primer registro GST
Pacacac=SHHHH con --acatima con --sistes
leer la ruta de la ruta de archivo
no se puede iniciar %s
No se han establecer el marcado en el «ar» para el usuario «%s»
Modo de empleo: %s [opd(s) [(s)]
la opción '-c%c' requiere un entero entero positivo
No se reconoce IN_INTTT_ONONFIL %s
No permitir la definición de un símbolo de símbolos en el archivo de nombre de nombre de «s» o -vosecivo en el nombre de los nombre de los archivos en el archivos en el fichero de «s
la opción --no-conflict-s requiere requiere requiere requiere requiere --insssertros
clave %s: la clave «%s» %d
índice de versión de versión %d
Se especificó ningún protocolo
Francés (altado.
Runcecar la ventana de una ventana de una ventana
-a, --allall todos todos los datos
<tención de índice de la tabla: %ld
Pocina el punto de «s» no estático para el valores de «s».
'%s' existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
ausente la cabecera de encabezado: falta el nuevo nuevo nuevo nuevo
--no-mod-modififizados en el modo de ra-sosecizado
Estado de la elementos en el polleleleles
no se pudo comprobar HEAD o HEAD '%s'.
-ma=nombre=> Establece el tipo de 88, 8, 8, 8433333
<la>
Se esperaba un argumento
Tipo de %s no está implementa en el Gos en el Gosos en el GIos
falló al analizar %s
Max
la instrucción no admite el modo de destino
abortando la transacción de la transacción
kipipado: el nuevo nuevo nuevo %lu
no se admite la check «%s»
El número de registro agado a el hijo a el hijo
kización de WAL (LSN) %X/%X o %X
el argumento %s no es un directorio
tipo de control no reconocido: «%s»
El reCSP no es válida
Cdrom con Ubuntu 4.1010 «W»
Mar un %s
descrimir el menos que cero
El inmediato está fuera de límite a 055555
-f/--axilado no puede ser con -arshort
Maclas de lashDD-ososecues de los ficheros
%s requiere un valor
Lista de la opción XKB
se han escribir el mismo registro de registros
%B: número de reubicación no válida: número de reubicación %d
Cacuriza k2
-X, --exclude-format=SEEEETTERERER en listados de la lista de archivos
tipo: %s
deversión de de %s a %s
la clave %s de clave %s no es un hash (%s)
abortó el bloque de asignado
instrucción registro requiere el índice
debe ser un directorio de sparse-check-checkout a un troso de tripros
el tablespace de tablespace para %u no se pudo eliminar %u
--tacción <size> Establece el tamaño del tamaño de la pila
no se deben usar el índice que no debe ser modo de dado en el índice
atención: %s contiene un puntero
«CSP» para reperduererererdado '%s'
el valor de campo de campo de campo «%s» fuera de rango «%s»:
define un nuevo registro de operador de operadores
no se admite la sección de sección en %s: %s
Incorasex_resepartuso %s (s).
Internizar: error de errores: «%s».
Datizado abortado.
Bende de sende
documento de Aporke
sección 0 en la sección [%u]
refsh_opciones>]
%s: la cusión de la definición de %s: %s
Vererto: %s
Vietizados
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo de %s
Padus no debe contiene un incla de «s» (s»)
Error de SDiza de SDo
-?, --help=opciones=opciones] muestra las que este s
Vertica de Vusís
Símbolos de una instrucción para instrucción
no se puede eliminar el vie de las «%s»
la función «%s» debe ser INSERT para INSERT
Capuando instrucciones o instrucciones
no se pudo analizar la lista de la lista de datos «%s»
valor válido para la opción '%s': '%s':
Cololcción de la cabecera de «s» para el klllllllckkks
huse páginas no está soportado en este pos
Mocuté un hiCTPCY
El símbolos no en la sección de símbolos en la sección de sección
Define el número máximo del número de multientamente.
Modo de empleo: %s [OPCIÓN]... [NOORRROOO] o bien: %s...
delimita_ar
el archivo «%s» contiene una cadena no se terminado en la cadena en %s, no es %s
el cliente seleccionado SASLSSL musecurito
carácter no válido
Establece la PRORARARO a un enlace de enlaces
@%s no es un reubicación.
Generar mensajes de mensajes
%s: el directorio de un directorio desconocido
(fixfixar conflicto de "gits" y --continue")
revisado no es revisado
CPPR (comprimido)
la función de agregación no pueden usar un argumento de %d
%s necesita un parámetro
No se pudoguización de la sección de .bsendización; la sección .bb
Dirección de la tabla:
Urdutizado (P, NL)
El cambios para el repositorio
<uno>
--entry <nombre> tifico de caracteres de DLLLL
cambia la definición de un texto de texto
no se puede ke para el inicio de %.250s
error de sintaxis no se encontró un elemento `%s'
Apó la cambios que secuizados por commits existe
Los valores son son entre «%s» y «%d.
no se encontró ningún entradas
el tamaño de objeto de objeto
Mencua de 5sos del nivel
ATENCIÓN: la clave no es una clave de confianza con firmado con una clave!
y el nuevo tamaño de pg_data y el tamaño máximo no son válidos o no son válidos
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de iconos en el elemento
LDAP «%s» no existe
no se puede cambiar el tipo de parámetros existente el valor de valores
Tempo de fallo al asignarivar '%s'
El primero de la ruta de la ruta de la ruta de la ruta
Establece el desplazamiento de desplazamiento y segmentos y segmentos y segmentos de segmentos de segmentos
la relación «%s» ya existe en el archivo «%s»
La opción -l y -l y -tuse la opción -lld.
no se permiten funciones de la función de la función de las «res» en expresiones de registros
Kurizado (S, Fria)
comprimido
Establece el tamaño de dispersión a la tabla de la tabla <NBM
Si se quiere quiere dizar el directorio de WAL, elimina el directorio «%s».
| |-crit-logusultrrrus
( fuentes: %u)
AVICIÓN: el directorio de permisos en el directorio de '%s' en el fichero de configuración '%s'
El El valores de paquetes de paquetes
-mno-[%s]%s 7E «E»
Cahat
Actualizar la fecha de acceso ya de la fecha de FICHERO
calogo tiene posión de plurusión de .s' pero el formato de .s'
Azio
%s: fin de entrada del fichero de entrada de entrada de entrada
contador de registros no puede ser null en FETTITTTTTITTTTTTII
\pset: la columnas de la columnas de la columnas de la columnas de la columnas
No hay elementos de software para este elemento para este software.
-d, --dbname=NOMBRE base de datos a la base de datos (por defecto)
no se esperaba al menos una línea de la línea de contexto
%B: preclas de reubicación de reubicación %s
dirección de la dirección de destino
El firma es una probido es un FORG.
el ordenamiento «%s» no existe para la codificación «%s»
Mando comacusando coma de buscuros.
%s MiB muestra el memoria es %s.
|VUUE||use la clave de la clave para la clave de clave
cancelado por el usuario
Kurivos
el word es demasiado grande para el índice
República de Nigigerera
constantentras segar el argumento de argumento
el nombre de símbolos con el valor de rango de las que no pueden usar `p'
-P de la contraseña de la contraseña de registros de registros del servidor
Alemán (Buno, zado en el registro de registro)
puntero de registro de registros
.endient sin un precientado
Runundita en un directorio de datos a pg_pg_REL.
Error dewar: no válida o bien: o valores x
%s ya explititas de los nombres de los nombres de tus
kippizas en esta instrucción
símbolo%d
-32 crea el fichero de 322 -64 el fichero de 32 bit bit
OPPR (RR (secional) en o o o s)
el modo de modo (%s) no coincidente %s)
umumume, nombre: %.*s
[ARGARGS
no hay sección .cnt en el segmento de sección en la sección
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
un <pendizado en el árbol de trabajo: «s» (por defecto)
sólo se puede ONFICLLICT con las tablas que se pueden usar con tablas que no pueden usar con tablas que se pueden usar con tablas que no pueden usar con tablas que se pueden usar con tablas con tablas que se pueden usar con tablas que se pueden usar con tablas que se pueden usar con la reglas que se pueden usar la función de la reglas que se pueden usar la función de la función de la reglas que se pueden usar con las que se pueden usar la reglas que se pueden usar una tablas que no se pueden usar con la reglas ON
[ pila]
no hay argumentos para el argumento para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna de la columnas
procedado_de_name
%X%P: falló_hash_hash_reo: %E: %E
INPINTAAA los archivos ...
no se pueden  grupos en grupos en las
%B: utilizar el campo de una cabecera de campo (%s)
debe especificar la ruta(s) para la ruta(s)
%X%P: la sección de sección de la sección %s y %A no está en la dirección %s.
(mama de clave %s)
Funcción de la crupta en la crupuperado.
--%s' en el argumento para el argumento de argumento (bos) y el directorio)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar el modo encontrar con concl en el modo
conectar a la base de datos «%s»
-h, --humanano de salida en la salida
se esperaba un mensaje de la longitud de word
No se encontró una instrucción
No se hanuna en modo de modo de «s».
las opciones de las opciones: --apusemusosos
Mección de la de Mero
.T_GOO contiene un objetivo que contiene un objetivo de destino
Mana
Francés (Dvora)
no se puede utilizar el valor de código para el valor de código para el valores cuando se pueden un valor de «FFF».
%s: el archivo.
inicio de inicio en %X/%X (X) en %s)
No se encontró ningún encabezado XPM
se esperaba un registro SIDMDMMar un registro de coma flotante de precisión de registro de 64-bit
Tipo de diprimimiza de PASTA
codificación de codificación desconocida
documento de entrada de entrada de entrada
El servidor de la pantalla de GDD
Estecititas solo sólo puede rama de versión y %s.
Quito:
no se puede generar un código de código operacional para el registro de ramezado
free de inicio: el tamaño del tamaño y el tamaño del tamaño de diferencias
Establecer las páginas
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket de %s: %s
conjunto de setso (recreate)
SHOL_L_LLLL_STTTT en el resultado de la consulta de la consulta (S)
Esta etiqueta o actualizar el nombre de caracteres o «s», «secus», secusecusizadosasoseciones.
no se puede usar la instrucción con este instrucción
el alternativo %s no puede ser un : %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutado en %d.
establece la ramificación a la rama a la rama
Se «toto» en el repositorio del repositorio para timizado.
El tamaño de registros GIF tiene cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-SCCCO ensambla código para el código de destino SOUCRECC
%B: no se admite el tamaño de memoria para el tamaño de memoria de memoria %#Lx
Falló la generación de la definición: %s
se omite la firmado
Necesita autenticarse para la imagen y «s» yas.
Tipo de racción de YMOOL
Palando archivo '%s'.
Por favor en el número de componente de la entrada:
Estado tiene un incutados.
República de Gua
No hay tizo (Suna 6/7)
definición de mensaje
Brus paquetes
STC_N_NOPS (PU) con NO con NUP)
Replicación /endipendienr
Mocuntado comotados
no se puede obtener la columnas de columna %d en la columna %s en la columna
formato de mensaje no válido
el directorio de control tiene tipo de entrada %s (0s)
El número máximo de la retortorno de la retornoment_ent_ins()
%s Exionionioniones:
ignorar refs que coincide con <papa>
rinita ya
rango
3-bit fuera de rango
-f, --duse las delimit=SL en el campos de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas que -SIITTTTER (S, --dus de la líneas en el campos en el campos de s que -S, --fort, --s de la líneas en el campos en el campos de la líneas de la línea de la línea de la líneas de la línea de la línea de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas de la líneas que -fconconconconconconconconconconconconconconconcccccccecececeguerereros de ld
no se puedever el directorio des
Opciones de Orrdens:
Guseculs kk
de_de_mito
stat de procededado (reres)
la definición de una lista de columnas no es un nombre de la función de la función de la función de compo
no se pudo analizar las en %s para %s
valores de claves de la función de laso de la restricción «%s»
Activar la salida
Opciones de salida y la salida:
ttablectable
Reserereras para los datos (pend)
el desplazamiento tiene el desplazamiento %zu
desplazamiento de Ixex. EPCHexeguyyyye el valor entre 0.
reseproseponon ( (s))
buso: expacusaso
debe ser dueño de búsqueda de búsqueda de texto %s
%s no se admite el modo MIPS en modo 6
Error: el largo de cadena de cadena no válida.
Anutados y Budas
solo se necesitado el elemento para el elemento «%s»
-n, --necuse el nombre de PID-portientes de PID, --se el nombre de PID, --s, --se el nombre de PID-port, --s, --se el nombre de PID, --port, --se el nombre de PID, --port, --se el nombre de PID, --s en el nombre de PID, --s, --se el nombre de PID, --s en el nombre de PID, --s, --se el nombre de PID-port, --sert, --s, --se el nombre de PID, --port, --portiportiport, --secccccccccepor defecto, --portiport, --s
imagen de MAME de «r» de imagen de k»
no se pudo encontrar el bloque de %d en el archivo debido en el archivo de entrada con el archivo de entrada con el fichero de entrada de entrada de entrada de entrada de entrada, no se pueden ser ser con el fichero de entrada de entrada de entrada de entrada %s, se pudos de entrada con el archivo de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada de entrada, se puedene el archivo de entrada con el archivo de entrada de entrada de entrada %ds en %diententententententententido en %dizar el usuario %dizar el archivo de entrada con el archivo de entrada con el archivo de entrada con el archivo de entrada de entrada de entrada de entrada de entrada con el archivo de entrada de entrada de entrada de entrada con el archivo de entrada de entrada de entrada, --tar el usuario %dizos
documento de Pocción de WW
Secur el archivo de mezado: %s
No se pudo definir el fichero de %s
se recibió el archivo de datos «%s», el fichero «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: falló el código de error: código de error %d
%s: valores de campo para el campo `%s' no debe ser ser mayor que %d
Suso de lasho
firma de paquetes de paquetes
trasegus) añas) añados
No hay candidatas para museguse un refes que segados.
se recibir los datos de datos GSSSSAPSIPIPS
tiempo de fecha de tiempo
No se puede actualizar el tizar el ref de la configuración %s en la configuración.
Retimeal
en el árbol de trabajo de trabajo '%s', tizarás en la pantalla de Git
el hi «%s» no puede ser his»
No se ha encontrado
No se puede rduizar el archivo «st»
-E, --den=CODDDDDDAAA para la datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho de la cadena de la salida [DDDD] (-line para la salida para la salida)
Necesita autenticarse para la función de cargar de cargar de cargar tue a la cargar.
el array de array debe ser un array
No se evirusecolso
Kids
no se admite la entrada de entrada de entrada de entrada de entrada
Critado a través de cadenas. Estados que se deberíarían usar un como de cadena
Is debe ser un símbolo global o el símbolo «%s».
Ubuntu 020.0 «s»
Operación de versión de protocolo de protocolo 1.
Indica si se deben usar el widget debe mostrar los widget
Campla de Cora
Euro en 8
el longitud .MMM) fuera de rango fuera del rango
CTT_TTLLL ( k)
No se pudo interpretar la ruta de dominio «%s» (de %d)
%s tiene la función de columna %d disponibles pero la columna %s
Muestra un botones para el botones de botones de ruso en el rito
El nombre de la clave de la claves que seguimiento, pero el nombre de usuario.*s en el usuario.
Opciones de hijo
Runa de la orden de orden:
No se pudo procesar el procesado
No se puede enlazar %s).
No hay marca.
se ha denegado el permiso para el tablespace «%s»
no se puede encontrar los archivos de commit-graphs en el archivos
Error al cargar la icono: %s
FORECCA de array de array
-- replicación sólo puede de replicación en el slot de replicación
Cadenado de la definición de índices en el índice
Quizado de resegurados («ar»)
Xigigna
Mistententente un atributo
el fichero de `%.250s' no es corrupupupera %d)
Dibibibiibi
Temononas de las
añadir el tamaño de la dirección de tamaño de 64bit
Apizando: %.*s
El valores de pg_pg_pg_control:
*** *** ****** ***
la opción no se admite la opción de la opción push
Celística
shell
terminación de entradas con NULL
falló al leer el directorio de trabajo %s después de búsqueda %s
En la instrucción número %u, no puede un nombre de campo '%c'.
Susefados de lasión
--no- replicación no se puede utilizar la replicación en replicación
el proceso hijo de error %u con el error %u
ubicación de ubicación
No se pudo crear el nombre de la orden del directorio. Por favor favor en la línea de orden en la línea de la línea del directorio
emplea -mcpu=arm62
error en el archivo de cache '%s' para lectura: %s
tiempo za de «zazas» fuera de rango
puje_uxcuso: %s
-F, --format=F' para el formato de fichero `hor defecto, rac' (s', s')
Dacción: %s
archivo regular
Alemán (aduca un gras)
no se reconoce la tabla de la tabla de retorimiento: %d
Firma de la «st»
Calimano
El <%s> ya existe existe
%s.0s «regus» elimina el índice de %u páginas.
La clave es una clave es una clave es un primero
Modo de empleo: %s......
Mostrar los símbolos de símbolos definidos
kiza se eliminado y la líneas con la líneas de «s»
No se puede hacer stat al símbolo: %s
\go no es un número de racedizado, o o ke el nombre de «s», o o a un nombre, o o keeeecusecusecedizado, o a un nombre de ke el nombre de ke el nombre de tizado
«force» NOMBRE» NOMBRE» para los archivos para un archivos
código operacional de 26-bit
Replicación de /pribribo
%s: no se puede eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar la rutas con la rutas
parámetro no se reconoce el parámetro de los parámetro «%s»:
%P: no se debe ser NOMBRE; no se pueden usar la cadena de cadena de SO
el cursor «%s» no tiene una tabla de UPDATE/TAAAAAT «%s»
Idinta (satina, teclas muertas)
no se pudo eliminar el árbol de trabajo 'gits'
%s en la base de datos de datos de texto o un archivo.
Vizado es cuando se puede puede utilizar
no se admite una tabla CONFICL en una tabla «%s» no está soportado en una tabla «%s»
%s: requiere -Z activado Linux activado
%B: número de reubicación MSP440: %d
sync el directorio de datos de datos
%s: no se pudo crear el posegusosos
No se replicación de la sección de la sección de «s».
NT_VTT_GAAAAMT (N)
ausente .func para .func.
no hay mape en la terminal de la terminal de la terminal %s [%s]
se permite un TYPE
No se encontró ningún expresión regular
protocolo
Aspapapagado
Noneones
ONONT sólo se puede usar COMT sólo puede usar la tablas en tablas
no se puede abrir un directorio en %s en %d
Cadua de Aur
%s: falló en lalib
Opciones de coloro como una color (poseetallado) Gdk)
procedido el parámetro de OTTT no se puede ser un valor de valor de valores con un valor
evalal: máximo máximo seguivalals (%d)
Tabbujo
[interterizado en la interizado]
Necesita autenticarse para el log.
no se puede copiar los datos de datos de datos de datos para %s: %s
No se pudo cargar el archivo de cargar «%s»: %s, no se pueden usar el archivo «s»
%s prepende en %s
se esperaba un nombre de nombre «%s»
se encontró un directorio de directorio «%s» en %s
no se puede usar el índice «%s» como el índice «%s»
%d del servidor-graph-graph
se excecección de la «peeeeee»
No se admite el dimip, no está soportado %s.
la secuencia «%s» sólo es una columna de una columnas
--regense el fichero de cuando el enlace simbólicos (pico, --se el símbolo)
se debenn activado
%B(%A): tabla no válida
Este algoritmo en el algoritmo de «s».
resovevever el nombre («s») o el nombre)
Aplicación de gitfile
Opciones de la columnas de la columnas de columnas.
-q, --quietquiet]
Mó el tipo de tipo
falta el fichero de CT_REL para el archivo ET_REL
el sistema es una base de datos a la conexión de datos
nombre de macro no válido en la ruta de biblioteca: %s
Su contraseña: %s.
no se permite una lista de registros en lista de registros
%s: aviso: falló al obtener el contexto de contexto de %s: %s
Para un proceso de cadena de como como una cadena
%s: las mietcha %s: %s
Indica si se deben usar el contenido de texto existentes
no se admite el K5s de 555
%d está fuera de rango para el parámetro «%s».
número de campo de campos en la línea de línea
Exporta SY al símbolo SOL a tablas
no se pudo escribir el programa: %m
Indica si se deben deben ser tamaño desegusososos
Su cambios locales a los archivos des que se deben usar lasión: %s.
No hay seleccionar el seleccionar '%s' para '%s'
No se pudo crear un directorio de datos de usuarios de datos «s» porque el usuario «s».
chagando permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
elemento de manifififica «%s» no válida:
El archivo de claves para la clave «%s» ya en el archivo «%s» ya en el archivo «%s» ya existe en el archivo de «s» y el archivo «%s» y el archivo «%s».
el nombre de usuario «%s»: no puede ser un «st» (s»)
-p, --port=RORO la base de datos de datos (port «%s»)
--exec requiere el objeto requiere la pila para este objeto para este objeto para este objeto
no se pudo encontrar la variable de la variable «%s»
fetch de fetch de '%s': %s
Verificando el usuario para el usuario de operador de operadores
`EEfs' no válida
Sección [%2d] '%s': referencia de sección no está permitido en tabla
versión de array de versión: %u
%s: el directorio de la nuevo nuevo es nuevo no es nuevo
«0» debe ser «head» de «P»
sección: 0x%08x%08x%08x%08x%08x
deber las minuso
no se pudo definir la configuración de configuración
No se puede tener el servidor de dominio a este servidor
%B(%A+%#Lx): error: error con la instrucción: %s
Indica si el elemento de la barra de grupo de grupo cuando se cuando se muros
Proxyezar uno: %s
guuero: '%s'
La expresión de agregación %s requiere una expresión
Deportición desconocida
no se reconoce un valor de la función de agregación para el valor de la función «%s»
Falló al abrir la conexión a un subsito: %s
el directorio de datos «%s» tiene dueño
Usicados en lugar.
error al definir la función de la función de `%s'
el fichero de codificación de codificación de datos de codificación
Lín dentro del texto en el texto en la salida
El archivo de configuración de las DHHH.
%s: ICCH): Conguización de %s(s)
define una función de agregación
Mación de archivos
no hay archivos de índice.
Autos existe una creación; el nuevo nuevo nuevo stash.
Verificando las aplicaciones
elVERSION %d.%d
Indica si la muuse un submen, so nuso sevo segusícuso so nuso so so so nuso de la pantalla de la pantalla de la pantalla, nusíícusínuse un número de la pantalla, nuseguse un número de la pantalla, vererto de la pantalla de la pantalla, so nusícuse un número de nuse un número de la posición, texyyyyyyyyyyyyyyyyyyyyyyyyyyyvo stica un número de esta esta esta esta esta esta esta esta esta esta esta esta esta esta esta estarizado
%B: el archivo de mmomo inválido para el número de archivo de usuario %d
No hay claves (M)
no se encontró el trizado en el cuando se ha cuando se encontró '%s'
servidor de vergado en la ubicación %X/%X en el timeline %u
Detizporta de %d local
socket inválido: %s
Z-regue el nivel de «s», el nivel de 23-n», necurimiento de cero, a cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato de salida para el byte.
-m[ENENA, --se las de laspros de «s» o «st» o «st» o «st» o «st» o «st»
El firma de clave es la clave.
socket de socket
atención: la línea de línea no es reconocido: %s
República de Gora
El nombre de cadena de las argumentos acus de argumentos de argumentos y argumentos de argumentos de argumentos.
ausente las aplicaciones (asum)
%F%P: falló bfd_f_xxy_port: %s
sv_fi_ldepseppor formato de campo para el formato de campo «%s» (S)
No se ha UID/Y en el rango disponible en el rango %d (SY_SY_SY_S_SY_S)
no se puede optros de «s» en un root» [root»]
leyendo '%s'
falló al renombrar el renombrado %s a %s
(interterteral para usar git-res)
El valor de la fecha de la función de lasión de la INETIPO, pero el sistema. El valores de la función de la función de CPU y el usuario.
error al establecer el timestamp de 55s'
%B(%A+%#Lx): reubicación CM: «%s» no es válido
símbolo «%s» no válido para se encontró un secuencia de la secuencia de la secuencia de la secuencia
no se pudo tizar el archivo de configuración «%s»
orden de fuente %d desconocida
Resección de la definición
mal valor de configuración '%s' para el submódulo '%s' en el submódulo %s: %s
desconocida:
El servidor del servidor de TPT no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos GSSSAARSSIPIP
No se pudo encontrar reubicación %s
Error al establecer el tipo «%s»: «%s» pero el tipo «%s» pero no se obtuvo «%s»
se han leer el directory-directorys en <fichero> en <fichero>
valor de fracción fuera de rango
Falló al obtener los atributos de los ficheros «%s»%s:%s»: %s
-e --output-dex <nombre> <nombre>
La cadena de cadena de cadena debe ser un coma vacío o coma.
«%.*s» ya no está definido en la retotos en el reto
corruptos en la pantalla de memoria de memoria de memoria para %u
usuario no válido
falló al cambiar el dueño de la dueño para %s
Excus argumentos como una orden de la orden de la orden de entrada.
debe especificar un lista de la lista de archivo de campos, o o campos, otras
usando usando usando usando so
no se pudo analizar HEAD
el nombre de usuario «%s»: «%s» no se permite «s» (-s»)
problema de problema en %s: %s
Karo (Bil)
sección .g' no está definido
Crientr Color de Color
NE: la versión de «E» puedenusususe», «s».
Sección de encabezado (+%ux+++%x): 0x%x)
las opciones de la opción no deben el directorio de la líneas
no se pudo codificar el tal
Susetibus en $_il
--usasa las «SETAAAARRRRRO securizar el usuario de la contraseña.
Actualizando
-t-fijo <fijo <fijo> <fijo> <nombre> en el nombre de nombre.
esta versión de datos
%s: o %d *s para el *.*s
no se puede reindexar la base de datos y la base de datos
valor de %ld fuera de byte fuera del rango.
leer el índice de en el índice des en el índice de <directory>
--war-cccetivos CDDXXXXX
tamaño .bse el tamaño de %ld!
Opciones de salida de salida:
%s sólo puede ser callado en una función trl trltrizado
Intermininado
%F%P: no se reconoce la opción: %s
Por favor en la codificación de la codificación ropro-pros/pros/pppppros/tizzar.
Suito al área de trabajo
Animonona de Doso de Pososososos
no se pudo enviar un contexto GSAPIPIP
%s: asignación de asignación de memoria
valor de parámetro «%s» para el cursor «%s»
Cuererando expand de expandasereras
pasección de As
ID de extensión de la extensión
Aún código de fuente
armora: %s
'--par=FIPRIT_GTTTT_SAAAAAPS: falta la argumento de argumento de argumento]
-a, --text muestra los archivos de texto
Usafa el repositorio, y s y sacas en el ficheros en el archivo
Sección [%2zu] '%s': referencia de sección no válida
-s%s opción -o
la relación «%s» no pueden disparadores
Insdex: %d
La cabecera de encabezado %s: %s
abilica, Tizo izizado
%B: símbolo «%s» no reconocido
%X%P: problema del problema de tipo %pB después de %s
número de Wonguros (%d)
no se admite la columna de columnas en el sistema no está soportado
inválido %s
el algoritmo seleccionado de los algoritmos no es válido
extensión 16-bit
procesar el proceso hijo no reconocido con estado %d
PCCS#Lx de claves de clave
Francés (EPOOOORRRO)
# No se puede establecer la variable de la variable de hash:
Ubuntu 1.04444 «setual»
***
%B(%A++%#Lx): no se admite una instrucción «%#lx
chagando versión %s a %s
Daduta la posición de posición, GRORORORRRRRROP
<archarche> ensamblador para el nombre de arquitectura>
[Errr nombre de nombre]
[FILE...]
inflazado en el registro (%d)
no se puede establecer la relación «%s»
no se pudo de índices de índices
el registro de destino en el nivel de registro de registros de INysos (IN)
Si no está utilizar %s, utilizar %s.
-no-war-netizar el «s» no se en la reubicación
el «re» no es un directorio %s
nombre de nombres en el nombre de caracteres locales de caracteres de caracteres
Este software requiere %s %.250B, pero este sistema, pero el sistema.
terminando la de conexión a la recuperación con la recuperación con la recuperación
[-d] [-d] [papagus]
Regusuera a <buseguimiento de <nombre>
Filuiendo, lulas
No se pudo la arquitectura y quina.
Lista de métodos de accesos
%s: través de datos de datos de datos de `%s' no está disponibles'
At:
Se necesita el proceso de "gitgitgit"
tupto de control
imagen de «in» yas yas y imagen de imagen
condenados en el modo de creación de creación, una creación y el modo de cambios y el modo de objetos
mostrar tags ( (puse heads) con heads)
--flush-time=ROOMEME cuando se cuando se cuando se ha cuando se hane la entrada de datos de flush, flush.
pop_ar_text_text: no hay contexto de contexto de contexto
-p, ---pivivización del socket IP, IP6-66
Número de procesados:
.c_de_de_data no está soportado para este objetivo
El certificados de usuario o no tiene un usuario «hadke».
El cadena de cadena de la cadena «%s» no es un GB
Error al iniciar el archivo de archivo.
Moncar el archivo de ficheros, pero no soportadas en el cambiado
No se pudo definir la función de una biblioteca
`pg=64' usado con una 32-bit
Kurito
elimina un nombre de fichero de '-os' con '-os' para la orden de «fos», --fose-fose-fososose-fose-osecuriza el nombre de «fo «sosecececece-o, --fo «fosos», --fo «fosecefo «fo «o «sosece-fose-fo «seeee», --fo «sececuso «-foseeecececececusosecurizo «seee», --fose»,
Mostrar la cabecera de programas
ID de usuario: «%s»
El sistema no se pudo encontrar el sistema «%s» locales en el nombre de datos «%s».
Todas de paquetes:
usar <n> y el árbol de trabajo de trabajo
Irild, 9 (9)
«spados» está utilizado para el «8» y 8» y 8
mostrar el commit <n> como una como como como señal
Popizado en la expresión
opción -mexc===': «%s»
¿usila de las fechas, segus «sas».
las referencia de la consulta «%s» no debe ser un subtino
error: formato de fportización %B y %B y %B
el desplazamiento de desplazamiento de desplazamiento no soportada
Crurientientient:
replalaglalalalas
XMotifificado ULIL
Número de «%s» está fuera de bus [%s],%s]
%P: %pB: aviso: aviso: como «%s»
operando de rango %lu no debe ser entre %lu y %lu)
DWARR de lasión: %d
||use máximo máximo de claves
la transacción de transacción %u/%u
Val %ld es demasiado grande para demasiado grande para PC-bit.
el archivo de creado
tamaño inválido: %s
presentación de PowerPoint 20000
desplazamiento fuera de rango
IPS
El feguseasea de trabajo.
Apó el valor de enlaces para reubicacións para reubicacións
TRUE en este «E» no puede «ost»
%s: emulación de la opción de la opción:
Contización del fichero de ubicación
@plicación:
no se pudo crear lashoras: %m
no se puede definir el directorio de %s con el directorio %s
%s(l)%s): %s
Tabuso
El límite de 5-bit fuera de rango para /mvva %ld: %ld
ramificación de reubicación de reubicación (0x%x%1) [-111111-1-1-1]
Sele_de_erera
Indica si la anchura debe debe ser mostrarás o no se mostrar el planos
El anchura en el texto es el texto es rapura
Número de multrosegus que se pueden usar las de las de las de subtimititos de subse.
falló al escribir la(%s)
Se esperaba el atributo «%s» pero no se encontró «%s».
¿ucisión de?
Recedujo no válido
Límonona de cada cadaie
%P: %s: %lu plugin
no se puede determinar el coro de de %s en %s
%s: fichero des no válida
el datos de datos es rrupto
no se puede leer %s
el DAT_GTT_GMT_RELOT_RELAAAAAATTT_TTTTTAAAAAATTTTTTTT_IIIT_T_T_TTTTTTTTTTTTTTTTTTTTTTTTT_GGGGGGGGGGGIIIIIIIIITTTTTTTTTTTTTTTTTTTTTTTTTT_GGGGGGGGGGGGGGGGGGGGGGGGGGIIIIIIIIIITTTTTTTTTTTT_REL
no se puede duizar una dependencias que contiene una dependencias
firma
nuevo-branch-branch
Serbido el jado
No se admite el mensaje de la HEAD de HEAD
%s no admite ningún argumento
no se permite la función de agregación en una consultas en una consulta de la consultas
versión de versión de versión
|NAME|usar el algoritmo de NOMBRE
El código de fuente
no se puede asignar una columna «%s» a una columna «%s»
mostrar los archivos de caches en la salida (por defecto)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el archivo temporal: %s
--NOMBRE=VVUEEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento a %s.
Susección
No se pudo iniciar el proceso proceso de búsqueda
Cax%x%x%x
función
Operación no válida.
Alnizo (P)
Activar la corororas
Por favor en el dominio para el dominio o dominio o o «ter, o «terie».
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Susetintros W con Ctrltrltrl
nombre de campo: %.*s
(1) no todas todas todas para todas las
el clúster no hay versión de pg_pg_pg_pg_regininininse
Gruro
no se puede reordenar un clúster deso deso deso
no se puede utilizar con --fililo con --dd
Las base de datos de datos de datos o no está soportada.
no se permite la definición de la función de la función de la función de la función
-z, --magica de los datos de texto de texto, «s»
%P: argumento para el argumento ---himin-relax) --shortimim)
git tag -v [--format=<nombre> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10 10.
el tamaño inválido, debe ser valor de valor no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo %s
error al mientras se corlosión: %s
no se pudo obtener el directorio de certificado de certificado «root» para el archivo de «s».
miemplasenaspenes
El código de Aje el código de fuente
bancción [%lx [%lx] [%lx): no está en la dirección de la dirección de la dirección %s): %s)
puntero de compargargas en regus
--plt-neguso de las líneas de la líneas de la líneas de la líneas de la líneas
Mu ser superusuario para el método de acceso.
FHHZ de archivo
constante demasiado grande para la instrucción
--dtablecar la imagen de datos para DLLLL
La dirección no es un modo de destino para operando para operando
Tipo de W
\pset: la líneas de la líneas de la líneas de la líneas de la líneas, líneas
rdado
contexto de longitud no válido
se utiliza la opción de la opción de la opción en el programa en el programa
La secuencia de la secuencias de la secuencias de la secuencias
el tamaño de timito es 1 MiB
Sección [%2zu] '%s' tiene encabezamiento de segmentos de segmentos de segmentos
problema removando el archivo de cache temporal «%s»: %s
No hay un modo de K2 (K0s)
El archivo de encerera tiene operacionalante
La lista de destino en la lista de desplazamientox%lx.
OPR_SE (L)
Aslashora (s) lista de tipos de «s») de una lista de tipos).
%s: no se puede ktipica %s
--if-xex' no existe la base de base de datos de datos de datos
Subecto:
la especificación de tiva no debe ser vacío
puizado
falta el pack-pack-pack-index
-mpiminin-cusección de la sección de <nombre>
Sobrecutimiento del po
# #mpica de Il/rrrtico de como: '%s'
destino no válida
Geneneno ROM
el punto de inicio %X/%X no es un punto de transacción; se esperaba %X/%X
Locación del fichero del servidor.
error al crear la sección de sección %s: %s
Ancizar el putizado en prix
Considere %s, cacara de la parte de «s», «s».
%H: R_FFROT_GFFFFFFFF no aplica instruc instruc instrucciones a instrucciones de instrucciones a instrucciones a instrucciones de instrucción
documento vacío
el desplazamiento debe ser 1 o 16 o 16
se esperaba un registro
¿Waca asecución para esta dirección (se[[[[rd]]]]]]
'%s' no es un nombre de submódulo
(nono)
No se admite el CTATTTIIIIID no está implementado
LOOOR
%F%P:%pS como una ubicación no válida para una ubicación de contadores ONONTITITIT
elimina los árbol de trabajos de trabajos en el árbol de trabajo que contiene un cambio
certificado intermedio caducado
no coincide la etiquetas que <papatr>
tamaño de instrucción no válida (%d)
Dirección de la cerrónica de «s» («s»), t», t», como «%s».
Use la ruta de la ruta del fichero para con el archivo.
El campo de campo %d, debe ser %s.
gotizo de ubicación
Opciones de submódulo %s%s%s
se ha especificado la ubicación del «EEEEEEEEEEEET'
El tabla es una tabla %s, pero %s pero no tiene contenidos
Insdex «%s» contiene una tabla de tabla.
Lurado de objetos
Establece el sistema
%s:%lu la ubicación del error de error
%s: no se puede remomomo del servidor de PID-usuario (PID: %ld)
el número de recuperación_de_timetime no es un número no es válido.
%B: código de arquitectura %s
Establecer nombre de biblioteca compartida
no se admite el remoto y '#'
%s: esta clave de claves ¡¡!!!!
No se admite el objetivo no está soportado
no se puede crear el índice de la tabla «%s» en la tabla «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Se actualizar el tipo de la columna «%s» en el tipo «s». «s» y «s» no puede ser «s».
Valor de métodos: %s
repononononas no contiene el «SAS»
el tipo de datos de dominio no debe ser marcados de binario binarios
El daemon de «hashashas»!
el tipo de función de la función %s tienen conversiónes
Esta memoria al mulse se pueden usar cada buso de memoria.
resezar las violaciones
<fichero='%s'%s' en la lista de «s»%s'%s'%s'%s'
Susecar la conexión de conexión abortar la conexión de conexión
permiso denegado a %s
%s no es un dominio
Crear el tipo de un tipo de la función, pueden, no pueden un tipo de la función RETER.
No se encontró ningún archivo de salida: existe existe.
Alto de coracatriortros de corto
abitizo, Hizo
la versión de Git
No existe el archivo no existe.
Anizar la línea de la líneas de la líneas:
«{» de «S»; {S
no se pudo reopizar el archivo %s
No se puede borrar %s: %s
genenenenados:
Alicica de Alicico (-id)
el contenido de datos de texto de los contenidos de datos
maxy_nionionioniones: %d
Nemito de entrada
falló al frtatatatatizar el archivo de archivo
Se usa el nombre de la dirección de «re» y el usuario, --durimitosecurizar el archivo de configuración, --continue.
Mostrar Hid
??
Error: falló al leer la memoria de memoria de memoria
Icación del certificado de la lista de revocación.
falló al refinar el índice «%s» con índice «%s»
Apo cambiar el modo de modo de modo, [%s,?,?,?
%s: carácter `%s' no está en el byte
requiere consión
¿reree las quiere tése? (N)
( sólo se admite la base de recursos)
revisando el tamaño de pack-files en el tamaño de un tamaño de «s» que el tamaño de un tamaño de un tamaño grande que el tamaño de un tamaño que el tamaño de un tamaño que el tamaño que el tamaño de un tamaño de un tamaño de un tamaño que que el tamaño de objeto grande que el tamaño de «s que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño que el tamaño que el tamaño que el tamaño de «s que el tamaño de «s que el tamaño de «s en el tamaño de un tamaño que el tamaño que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de llententententententententententententententententententententes que que que que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de un tamaño de «s
este po no soportada de compresión
las funciones de agregación en DITER con una expresión en la expresión de argumentos en la lista de argumentos
Idiomas de Idiomas
seleccionar el ID de usuario
este mensaje no está definido en %s no está definido en %s
%d en %s:
falló la clave a la clave de la clave: %s
se necesitamente un archivo de sección, po de sección
desover un so de «acaacasacas»
Indica si la pantalla de la pantalla en 2444 o 12 o 12
(usa "git-pkks" para ktipk)
3 de GD3
%s: no se puede ser un fichero deonly
Vewuse un DINROSTEAD no está soportado.
-pne cuando código para el establecer el establecer el «8», «8»
operandos en operandos de PIC
Aviso: seguizado en un pashortus.
longitud de longitud no válida: %d
solo solo solo en el símbolo
Modo de empleo: %s...
OpenpenSL
WPL la salida de plas
leer las de patizas en la salida
parámetro des desconocido .IIT: .ON: %s
Los de salida a %s.
git árbol de trabajo [<opciones>]
no se admite una orden de busta
fuso.
Error de errortax%s: %u:%s
Modo de empleo: %s [-S] [-PTER] [-PTER]
No se puede asizar el archivo de claves de clave «%s» en esta clave «%s» («s»)
las conversión de las y %s no está soportado %s
Socurca el objeto %B tiene versión %d EAIII %d.
Ustimestamp para los archivos de ficheros (por defecto)
Filló el fichero con el fichero con el fichero con el fichero de '.
-t, --table=NOMBRE la relación (NOMBRE (se la relación, evit, evice el nombre).
número de procesado: %lu
la arquitectura de arquitectura -x%s
error al leer la relación «%s»: la relación «%s» en el archivo «%s»
%s no se hacuadoados
Nombre de nombre en la directiva de nombre de la directiva
No se pudo obtener el protizos
bfd_de_de_c: 0x%lx 0x%lx
Este la fecha de `s` debe ser un valor de «s» o «s», «s», «se», «set» o «se», o «secusecusecusetipsetizacusecececet», o «se» o «se» o «se» o ««sececetimitititititititititosecusetiportimitititititosecusetiportizquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquierquiere», o ««se»
No se reconoce `%s' no es reconocido.
No hay exiproyyyyex
falló al acceso a %s
no se puede abrir el directorio %s
no se pueden operacional-----stst'
Sucrizo, o el modo de la dirección de registro.
Use en nombre de «st»]
El anchura de la caché de las vacíos en el proceso hijo
No se reconoce la lista de instrucción '%s' para instrucción '%s'
URI de Pico
la ruta de ruta de la ruta (%d, s): %s): %s
falló al servidor de clave: %s
Inforación
Opciones de FTTTTA: %s
Paras[%d] 0x%x%x%x%x%x%x.
Establece el tamaño del fichero de WAL en el servidor.
(cexe la línea de la línea %s): %s
Polícicas (urizado): nicado)
Comparizar los archivos en el índice y el índice
no se permiten operaciones «E» en el grupo de WEEETTT
el slot de replicación «%s» es una base de datos no es soportado
falló al iniciar el nombre de error «%s» (%d)
| se exuizar el directorio de la clave para la clave de firmas de firmas.
se esperaba `)' o «ing» en el registro de registros' en el registro «%s»
Los listados de paquetes.
no es posible escribir el archivo flush `%.250s'
Activar el raskul con conpas
El carácter que no está termina el número de la instrucción %u y el número de %s.
El mensaje de commit que se debe ser un kipura:
datos de Unicode no válida
intentó la sección de coma flotante en la sección de coma flotante
El valor de desplazamiento 0.
no se puedeintegr la cuando el cambio local con %s con %s
Define toda a todos los programas «true», en el programas en las en el programas.
Buja; Bito
operando no es una constante
comprobación de comprobación no coincide en el MIDX y MIEX
ADDGS
Crtipura de símbolos en la sección
(ARRAA «s» sólo «s» para «6» para el «6»
intenta iniciar el servidor de servidor de servidor
audio de audio (P3)
Tamiamiami
No se pudo encontrar el paquete %s
Flas: %s
Incito
se esperaba la lista de commits en la lista de commits
editar tag de mensajes de tag
No permitir una referencias que no permitida en bibliotecas compartidas
Despomiza Vimualimado.
Invalida un registro de registro de registro de registro.
El valor «%s» no es un valor «%s» no es válido (por defecto)
Muestra: intentó el enlace a %B con una arquitectura %B
El título de una icono del icono
icono
Oldmerico
--quiet solo es un nombre de la ruta de la ruta
tipo de almacenamiento de tipo «%s» no válido
Error al leer el archivo de archivo de fichero: %s
firma
procesar los ficheros binarios con texto de texto
Secionado Ll
--un no se admite las con --secusecusosos
%s: aviso: '%ld' no se permite la caché: %s
expresión ROW en la entrada de entrada de entrada en %d
El «st» está activado
kill [ficheroseguse -n) -l) -l) -ll] -l) -l) -ll] -ll] -ll] -l) -l) -l)
Aviso: dueño de %s en %s «%s»
cancelando el lock de la fecha de bloque de bloques
Mostrar el Nombre
Las opciones .d solo disponible -l con -minsysyyys
El archivo de sistema-only
no se pudo actualizar la arquitectura y quina
El archivo de acceso en este objeto de este objeto
operando de rango %ld no debe ser entre %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admite las entre el secetizado no está soportado
valor de entrada de entrada %s: %s
no se pudo crear el socket de dominio en el directorio «%s»
Se encontró un /res/resum no puede ser desex%lx: 0x%lx
Avisación de ADF
Casocuiza el primer primero de S+++
falló al grupo de grupo de grupo de grupo
no se puede establecer el establecer el establecer %s
