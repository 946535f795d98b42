Si el botones agó el botones debe ser un preso de presos
Incapaz de datos-rosos depes
no se pudo crear el archivo '%s'
El dominio para el dominio o o dominio o dominio o dominio para dominio
%s no puede ser aplicar a una función
se ignorado
problema de '%s' a '%s': %s
-n, --verbose, --silillas, --pres aplicaciones de los datos
no se puede utilizar la expresión de subtíca en la expresión
Damaseme «res» de nombres"
El archivo de modificado
(unaduito)
Extización de eventos
tipo inesperado `%c' en el tipo de precicación
Error al través de fichero %s: %s
proceso de proceso escribir
validación de firmas con PAKAA
%B: %#Lx: aviso: reubicación en sección
no se puede crear el archivo %s
A ha ha especificado
Error al iniciar el tipo de %s: «%s»
la referencia de refs de ref «%s» no es «s»
Mon-hameras de Mers
base de datos %s
No se puede uizar Dar
clase de binario no válido
Por favor imina de claves de claves:
--ckk para el nombre de rama
Establecendo la miexera el nuevo clúster en el nuevo clúster
ReSRR, República de SSotiza de Soslist
Indica si se deben utilizar la líneas de la líneas, word o fracizar las
Cacuso para la claves shhhoshhhacclas (fas)
La secuencia de la secuencia de Xllilliza el servidor
Cdrom con Ubuntu 9.10 9 Kar Ko Ko
Tawiano
la opción -CCCA y -ss-neguse no pueden ser usadas ntas ntas
Mover un directorio o un directorio, o so dimimimo un archivo
Nonexis la dirección píínicos
Pamama de Zalala
El número de pantalla después de la pantalla de la pantalla.
Viereras
El formato de timalalals en el mismo timizado -s, -d, -t, -t, -c, -t, -t, -t, -t, -t, se descartars, se descartar un nombre de cortalalalalalalalalalalalalalaliza un nombre de tiza un nombre de cortizatizaccccccccce el mismo tiza un mismo mismo mismo mismo mismo mismo mismo mismo mismo mismo espacio de una cortalalalalalalalalalals -tizatalalalalalalalalalalalalals -tizatizzzzzzzzzatiza un formato de una cortalalals
el archivo no está instalado, pero no tiene compresión de compresión
Criols y pidgines de la base de base de bases
línea de línea no válido %s
no se admite el URL de «illillos» de URLs
Time para Liza:
desbordamiento en la salida de la salida en INCOOGGGG
Sección [%2d] '%s': dispersión de hash para «s»
No se permite el carácter de 'ca' no está permitido en un valor de caracteres
destino
Xfortizo
core y el largo de longituds en el largo de 32 bits.
sparse: filosiltados tiene triprados
No se puede duizados de trabajo.
Francés (Suizado, sin teclas muertas)
local
Sección [%2d] '%s': como sección de sección pero sección no está presente
el tipo de operando de operandos no puede ser inferido
inicia_pepiza: pg_tiproso
no se puede encontrar el primer primero GSMST
Tipo de: --ac=SHHHHa con --acaté con --sistemistes
leer el fichero de ruta de ruta de la ruta de archivo
no se puede iniciar %s
No se han cambiar el marcado en el «ar» para el URIso «%s»
Modo de empleo: %s [opd(s) [(s)]
la opción '-c%c' requiere un entero entero
No se reconoce IN_INTTT_ONONFILLA_G
No permitir una definición de un símbolos en el archivo de nombre de nombre de los ficheros de nombres de «sosos»
opción --on-conflicts requiere un --no-sertrisersos, --sertroset-set-set-set-set-setsetrset-sccccetriprizat-setripset-set-segn, --no-set-seccccetrizatrizatrón, --no-conconconconconconconconconconconconconconconconconconconconconconconconconconseccccetriset-secccccetrizados opciones de la opción --no-s opciones de la opción --no-s opciones de la opción --s
clave %s: la clave «%s» %d nuevo nuevo
índice de versión de versión %d
Se especificó un protocolo de protocolo
Francés (altado.
Runceza un ventana de ventana de una ventana
-a, --allall todas la base de datos
<stringso: %ld333>
Pocinaza el punto de sostico para el valores de «s».
«%s» existe; no se puede crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
La cabecera de encabezado: falta el nuevo nuevo nuevo clúster
--no-mod-modififizados de secizados en el modo de «s»
Estado de elementos en el elemento en el polololos
no se pudo comprobar HEAD o HEAD '%s'.
-ma=fichero> Establece el tipo de 82333333.
<labe>
Se esperaba un argumento de una argumento
Tipo de %s no implementa de «s» en el Gconfoseacusecaseca en el GIa de GIose en el GICT_confase en el Gacas en el GICT_confasece_confacacase()
no se pudo analizar %s
Maxamaño de x
instrucción no admite el modo de la dirección a este modo
abortando la transacción actual
kipipura: %s
no se admite la comprobación de '%s'
El número de registros de tipura a un hijo
la ubicación de WAL (pización %X/%X) debe ser ser mayor que %X
el directorio %s no es un directorio
tipo de control no reconocido: «%s»
El reCCSP no es válido
Cdrom con Ubuntu 4.10 «W»
Mar un %s
descrimiminas que cero
El inmediato está fuera del rango 05555
-f/--axilias no puede ser con -ar
MaclazashDos de los ficheros depos de archivos
%s requiere un valor de un valor
Lista de la opción XKB
se han escribir el mismo registro de registros
%B: número de reubicación no válida: %d
kacuso depe2
-X, --exclude-directoror=SETTTTL en listados de la lista de archivos
tipo: %s
deversión de %s locales a %s
clave %s de clave %s no utilizado (%s)
abortó el bloque de asignado
instrucción registro requiere el índice
debe ser un árbol de sparse-check-checkout para resaposososososos
el tablespace para %u no se pudo eliminar %u
--tacción <size> Establece el tamaño de la pila en la pila
el índice no debe ser usado en el índice
atención: %s contiene un puntero
«CSP» para repuerdererer»
el valor de campo de campo «%s» fuera de límite: «%s»
define un nuevo operador de operadores
no se admite la sección de sección en %s: %s
Incasexe_tripar_par_sosososos (prus).
Internal: error de error: «%s».
Datizado abortado.
Bende de sende
Aplicación de documentoske
la sección de grupo [%u] [%u]
ref_resh_opciones>]
%s: la cusión «%s»: %s
Vera: %s
Vietizados
no se puede abrir el nombre de %s para %s
la clase de operador «%s» no es un tipo %s
Padus no debe contiene un incla de «s» (s»)
Error de SDiza de SDo
-?, --help[[opciones] muestra los ayuda de ayuda de ayuda
Vertico de Ajusís
Símbolos usa un instrucciones para una instrucción
no se puede borrar el dispositivo «%s»
la función «%s» debe ser «» para INSERT
Capenando instrucciones o instrucciones
no se pudo analizar la lista de la lista de «%s»
valor inválido para '%s': '%s':
Colca de encabezados de «s» para kllllsckktés
huse páginas no está soportado en este pof
Mocutro YTPCT
No se admite la sección de símbolos en la sección de la sección
Define el número máximo de multuimiento de trabajo.
Modo de empleo: %s [OPCIÓN]... [NOOORRROO] o bien: %s... o bien: %s...
delimita_ca delimitar
el archivo «%s» contiene una cadena no terminado en la cadena en %s
el cliente seleccionado como autenticación SLASL
carácter inválido
Define PRORARO como un enlace de enlaces
@%s no es un reubicación.
Generar mensajes de mensajes
%s: se esperaba un directorio desconocido
(fixfixar conflicto "git" y --continue")
revisado no es cero
CPPR (comprimido)
la función de agregación no pueden usar un argumento de %d
%s necesita un parámetro
No se pudoguización en la sección de .bsendr_bbobose_bosezación; la sección de la sección; rebización; la sección .bose_brización; la sección .brización; se puede ser un .bbbrerereresetización; se puede ser un .breresetización; la sección .bo de la sección
Dirección de la tabla:
Uso (Pua, k)
El cambios para el repositorio
<uno>
--entry <nombre> tifica de caracteres de DLLLLL
cambia la definición de un texto de texto
no se puede ke para iniciar %.250s
error de sintaxis no se encontró un elemento `%s'
Apó la cambios que secuizados por commits existe
Los valores son son entre «%s» y «%d.
no se encontró ningún entradas
Tamaño de objetos
Meno de 5s de nivel de nivel
ATENCIÓN: la clave de claves no es una clave de confianza con una clave!
y el nuevo tamaño de pg_data y el tamaño de segmento no son válidos o no son válidos
%s: no se pudo encontrar la sección %s
no se pudo escribir el archivo '%s'
El nombre del icono de iconos en el elemento
LDAP «%s» no existe
no se puede cambiar el valor de tipo de parámetros existe
Tempo de fallo en '%s' de '%s'
El primer primero de la ruta de la ruta de la ruta de la ruta
Define el desplazamiento entre el segmento de trabajo y segmentos y segmentos de segmentos
la relación «%s» ya existe en el archivo «%s»
Las opciones -l y -d) -tuse el fichero de .lld.
no se permiten eliminar la función de la función de la función de trans en una expresión de registros
Kurizo (S, Fria)
comprimido
Establece el tamaño de dispersión a la tabla de la tabla <NBMER>
Sise quiere quiere dizar el directorio «%s».
| <aduslog-reso|rultuse
( fuentes: %u)
ADVERTENCIA: no se admite el directorio de entrada en el directorio '%s' en el fichero de configuración '%s'
Quiza es un paquete
-m[no-]%s]
Cahat
Actualizar la fecha de acceso ya de la fecha de FICHERO
calogo tiene un mensaje de plurusión de «s», pero el formato de .s'
Laio
%s: se esperaba el fichero de entrada de entrada de entrada
contador de registros no puede ser null en FETITTTTTIITTTIA
\pset: la columnas de la columnas de la columnas de la columnas de la columnas
No hay elementos de software para este elemento.
-d, --dbname=NOMBRE base de datos a la base de datos (B: «%s»)
no se esperaba al menos una línea de la línea de contexto
%B: aviso: reubicación de reubicación de reubicación %s
dirección no se admite la dirección de destino
El firma es una probido.
el ordenamiento «%s» no existe para la codificación
Mando comacus coma trascuerados.
%s MiB muestra el memoria es %s.
|VUE||use la clave de la clave de clave para una clave
cancelado por usuario
Krus Kusos
word es demasiado grande para el índice
República de Nigigera
Excionaliendo caracteres de argumento
los nombres de rangos con el valores que no pueden usar `pist'
-P de la contraseña de registros de registros de registros del servidor
Alemán (Buno, tizado en el registro)
puntero de registros de registros Z)
.endient sin un precientado
Runundita en un directorio de datos a pg_backup.
Error dewar: no válida o bien: o bien: %d
%s ya explícicitas de los nombres de los nombres de los nombres
kipipsips en esta instrucción
símbolo%d
-32 crea el fichero de 32 bit bit2
OPR_R (secicicos en o o lus)
el modo (%s) no coincide con el modo de %s)
elemento en nombre de *s: %.*s
[ARGARGARGS
no hay sección .cncns en el segmento de sección
Necesita autenticarse para el repositorio
Necesita autenticarse para el sistema.
estrategia de compresión desconocida '%s'!
un <pendimendizado en el árbol de trabajo «s» (ps»)
sólo se puede ONFICLICTLL con la tablas que no pueden usar con la tablas que se pueden usar con tablas que se pueden usar con tablas que no pueden usar cons que se pueden usar con tablas
[ pila]
no hay argumentos para el cursor «%s»
Tipo de símbolo %s en %s
la columna «%s» de la columna de valores «%s»
procedido_de_name
%X%P: no se pudo: falló %s
INPOUTAAAR ...
no se puede nnngar en grupos
%B: utilizar una cabecera de campo (%s)
debe especificar la ruta(s) para la ruta(s)
%X%P: la sección de sección %s y %s no está en la dirección %s.
(mama de clave %s)
Funcción de esperado en la crupupupto.
--%s' en el argumento de argumento de argumentos (bos)
Esta orden no está permitido en el modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar concl en el modo
conectar a la base de datos «%s»
-h, --humumanano de salida
se esperaba un mensaje de la longitud de la longitud word
No se encontró una instrucción
Runa no hay modo de modo de «s».
la opción de SP: --asepusemusososos
Macera de de la de Mero
.T_GOO debe ser un valor de destino que el objetivo
Manacana
Francés (Dvora)
no se puede utilizar el valor de código para el valor de código de «fos».
%s: gmonona.
inicio de inicio en %s/%X (X)
No se encontró ningún encabezado XPM
64-bit de 64-IDMO o coma flotante o coma flotante
Tipo de izatriza de PAAdimizadas Mizas
codificación de codificación desconocida
documento de entrada T Tipo de entrada de entrada
El servidor de la pantalla para GDD
Este sitito sólo puede rama de versión y %s y %s.
Quito:
no se puede generar un código operacional para el registro de ramezado
free: el tamaño de inicio y el tamaño del tamaño de diff
Establecer lasión
Tipo de reubicación %s en %s
argumento no válida
No se pudo leer el sockets: %s
conjunto de setso (create)
SHHOL_LL_LLTTTTL) en la consulta de la consultas (S)
Esta etiqueta o bien de tags.
no se puede usar la instrucción con este instrucción
alternativo %s no puede ser: se pueden ser: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutado.
establece la rama a la ramificación a la ramas de la ramas
Se «toto» en el repositorio del repositorio de timiento de timiento.
El tamaño de Guls GIF tiene cero
el tamaño máximo para la base de datos de datos %s
%s no existe
-SCCCO ensambla código para el código de destino SOUCRECO
%B: no se pudo codificar el tamaño de memoria %#Lx para %#Lx
Falló la generación de la definición: %s
se esperababa un firma
Necesita autenticarse para la imagen y «s».
Tipo de tusión de YMOOO
Palando fichero '%s'.
Por favor en el número de componente de la componente:
Sinando tiene un incedados.
República de Gua
No hay tizo (Suna 6)
definición de mensaje duplicado
Des paquetes de paquetes
STC_N_OPS (PS) en el desplazamiento)
Replicación /endipendiens
Mocuntados comotados
no se puede obtener la columnas de columna %d en la columna %s
formato de mensaje no válido
el directorio de control tienene %s (0s)
El número máximo de la retortorno de la retornim_ent_ent_ent_ent_ent_rese()
%s Ex Exión:
ignorar refs que coincide con <pada>
Tinidad y térinos
rango
3-bit fuera de rango
-f, --fises=SLITENS) en el campos de la líneas de la líneas de tizos de la líneas que no estilos de la líneas (S)
no se puedever las corrrior
Opciones de Orrdens:
Grereculs «kk»
de_de_mito
stat de procedido (reregua)
la definición de una lista de la función de la función de la función de la función compo compo compo de un nombre
no se pudo analizar la opción %s para %s
valores de claves de la clave «%s»
Activar la restricción
Opciones de salida y la salida:
ttablectables
Reserero para los datos (pend)
el desplazamiento tiene un desplazamiento %zu
splitInexex. EPCHHecanguye el valor 0.
resoprosononons ( (s))
bus: expaca de sacurizados
debe ser dueño de búsqueda de búsqueda de texto %s
%s no se admite el modo MIPS en modo 6
Error: el largo de cadena inválido.
Anutrigua de Bua
sólo se permite un elemento para el elemento «%s»
-n, --ne-nerticas de PID-portientes de PID, --s -ps, --s, --s, --s, --s, --se el nombre de PID-necipriport, --se el nombre de PID-port, --s, --set, --se el nombre de PID, --s, --s, --s, --s -t, --s -ne el nombre de PID, --s, --s, --s, --seportiport, --s -pripriportiportiportiportiportiport, --seccccciportiportiportiport, --s
imagen de MAME de «r» de imagen de imagen
no se pudo encontrar el bloque %d en el archivo debobido para el archivo de entrada no se pueden usar con el fichero de entrada de entrada de entrada de entrada de entrada de entrada
documento de Pocketro
Se murizado de ficheros: %s
No se pudo definir el fichero de %s
se recibió el archivo de datos «%s», cuando se cuando se en el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s: falló el código de error: %d
%s: valores para el campo `%s' no debe ser ser mayor que %d
Susosocriaso
firma de paquetes de paquetes
trasilas ((s) añas)
No hay candidatas para duse un ref que seguizado.
se recibir los datos de datos GSSASASSIPIPS
tiempo de tiempo de tiempo
No se puede actualizar un ref de tizar la configuración %s. Por favor en la configuración de la configuración.
Retimeal
en el árbol de trabajo '%s', tizarááásezados en la pantalla de Git
no se puede ser definir el hilo «%s»
No se encontró ningún no encontrado
No se puede rduizar el archivo «st»
-E, --dut=COOODGGGA para la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\ech [-os] [ENDDDDDAAAA) para la salida (no-line)
Necesita autenticarse para la función de cargar de tue de cargar.
el array debe ser un array
No se evierrcol de visoso
Kids
no se admite la entrada de entrada de entrada de entrada de entrada
Crizado a través de cadena. Esta como una cadena que se debennn usar un como dado
Si debe ser un símbolo global o el símbolo «%s».
Ubuntu 02.0 «reciscistin»
Operación de versión de protocolo de protocolo 1.
Indica si se deben usar el widget debe mostrar los widget
Campla de Cora
Euro en 8
longitud .COMMM) fuera de rango
CTT_TTTLLL)
No se pudo eliminar el socket «%s» es demasiado es demasiados («mas»)
%s tiene la función %d disponibles pero la columna %s
Muestra un botones para la carágura de los botones de rizos
El nombre de la clave no se pueden usar un nombre de clave.*s de usuario.*s en el nombre de usuario.
Opciones de hijo
Runa de la orden:
No se pudo procesar el proceso proceso
No se puede crear %s (%s).
No haydo.
se ha denegado el permiso para el tablespace «%s»
no se puede encontrar los archivos de commit-graphs
Error al cargar la icono: %s
FORECCA de array de array
-- slot de replicación sólo puede utilizar en replicación
Operación de índice de la definición de la definición del índice
Quizado de bus («ar»).
Xigiga
Mando un atributo mal mal mal mal mal formado
el fichero `%.250s' está corrupera de caracteres de %d (%d)
Dibibibiibi
Teminas sosos
añaspasume de la dirección de tamaño de tamaño
Aplicación: %.*s
El valores de pg_pg_control:
*** *** *** ***
el final de la opción no admite la opción push
Celsticas
shell
terminación de entradas con NULL
no se pudo restaurar el directorio de trabajo %s
En la instrucción número %u, no pueden un nombre de campo.
Susistados por por por lasión
--no- replicación no se puede utilizar el slot de replicación
el proceso hijo y error con el error %u
ubicación
No se pudo crear el nombre de un directorio. Por favor en la línea en la línea de la línea de la línea de la línea de orden de orden de la líneas de la líneas en el directorio.
emplea -mcpu=arm62
error en el archivo de cache '%s' para lectura: %s
tiempo de zaza de desplazamiento fuera de rango
falló al pux_uncuso: %s
-F, --format=F' para el formato de fichero `s' o sos' (por defecto), rizac', s', rizac' (p')
Data: %s
fichero de regular
Alemán (aduca un gras)
no se reconoce la tabla de retorimiento: %d
Fón de «stst»
Oimano
<%s> ya existe existe
%s.0s «reduimiento de índices.
La clave es una clave es una clave es un primero
Modo de empleo: %s......
Mostrar los símbolos de símbolos no está definidos
kiza se eliminado y la líneas de la líneas «s»
No se puede hacer stat al símbolo: %s
\go no es un número de tizados, o oclazado, o un nombre de «se», o a un nombre
NOMBRE un archivo de NOMBRE para un ficheros de NOMBRE
código operacional de 26-bit
Replicación de /pribribo
%s: No se pudo eliminar %s: %s
no se pudo obtener el primero para la entrada «%s» en el servidor «%s»: %s
no se pudo crear la restricción «%s»
nombre de nombre
mostrar rutas con rutas con la rutas
no se reconoce el parámetro de los parámetro «%s»:
%P: no se debe ser un cadena de cadena; se pueden un de cadena SO.
el cursor «%s» no tiene una tabla «%s»
Ilita (satina, teclas muertas)
no se pudo eliminar el árbol de trabajo 'gits'
%s requiere un archivo de datos de texto o o o sosciones para el archivo.
Vizado es se puede puede utilizar
no se admite una tabla de ONFICT no está soportado en una tabla «%s»
%s: requiere -Z requiere un Linux activado
%B: número de reubicación %3044: %d
sync los directorios de datos
%s: no se pudo cambiar el posogusososos
No se replicación de la sección de lasión de «s».
NT_VTT_GSAAMT (AN)
falta el .func para .func.
no hay mape en la terminal de la terminal %s [CC%s]
elimina un TYPE
No se encontró ningún expresión regular
protocolo
Aspapapagado
Noneones
ONONT sólo se puede usar la tabla de COMT en tablas de tablas
no se puede abrir un directorio en %d
Saduri Aa
%s: falló en lalib
Fruso una color de color (pososock)
el parámetro procedido de OTT no se pueden ser un valor des
eval: se máximo máximo de nivel excalalal (%d)
Tabbbujo
[interterterizado en la interada]
Necesita autenticarse para el log.
no se puede copiar los datos de datos de datos para %s: %s
No se pudo cargar el archivo «%s»: %s, no se pueden usar un archivo de «s»
%s predes prepende en %s
se esperaba un nombre de nombre «%s»
se encontró un directorio de directorio «%s» en %s
no se puede utilizar el índice «%s» de un índice «%s»
%d del servidor de registro-graph
se excezación dura de «se»
No se admite el kmip, no está soportado %s.
la secuencia «%s» solo una columna de una columnas
--recenacuse el archivo de cada enlace de cada símbolos (pico) -f)
se debennn activado
%B(%A): tabla no válida
Este algoritmo en el algoritmo de «s».
resovevever el nombre de tipo («s»)
Aplicación de gitfile
Los columnas de la columnas de columnas.
-q, --quietquietquiet]
Mó un tipo de tipo
falta el archivo de CT_REL para el archivo ET_REL
el sistema es una base de datos es una conexión de datos
nombre no válido en la ruta de biblioteca: %s
Su contraseña: %s.
no se permite una lista de registros en lista de registros
%s: aviso: falló al obtener el contexto de %s: %s
Para una cadena de como una cadenas
%s: las mietcha %s: %s
Indica si se deben usar el contenido de texto existe
No se admite una orden de autenticación de 55s
%d está fuera de rango para el parámetro «%s».
número de campos en la línea de la líneas de línea
Exporta de la tabla SBMOOL
no se pudo escribir el programa: %m
Indica si se deben deben ser tamaño desososososos
Su cambios locales a los archivos des que se deben usars de rimitos: %s.
No hay seleccionar '%s' para '%s'
No se pudo crear un directorio de datos «s» por por por porque el usuario «s».
chamiento de permisos de %s
no se pudo crear el proceso hijo: %m
no se pudo escribir el encabezado: %s
No hay símbolos de símbolos: '%s'.
elemento de manifierto de comprobación no válida: «%s»
Los claves para la clave «%s» ya en el archivo «%s» y el archivo «%s» y el archivo «%s».
el nombre de usuario «%s»: no puede ser un «st» (s»)
-p, --port=ORORRO la base de datos (port «%s»)
---tatack requiere un objeto para este objeto para este objeto
no se pudo encontrar la variables «%s»
fetch de fetch de '%s': %s
Revisando usuario para el usuarios de operadores de operadores
`EEfs' no válida
Sección [%2d] '%s': referencia de sección no es una tabla
versión de array: %u
%s: el directorio de la nuevo nuevo no es nuevo
«0» debe ser «head» de «P»
sección: 0x%08x%08x: 0x 0x%08x
ser perosega de la minus
no se pudo definir la configuración de configuración
No se puede dinina de servidor a este servidor
%B(%A+%#Lx): error de error: %s
Indica si el elemento debe ser un grupo de grupo de grupo cuando se cuando se muros
Proxyezar nuno: %s
gusilo: '%s'
La expresión %s requiere una expresión
Código
no se reconoce un valor de agregación para la función «%s»
No se pudo abrir la conexión a un subsito: %s
el directorio de datos «%s» tiene dueño
Usistados en lugar.
error al cerrar la función de la función «%s»
el fichero de codificación de codificación de codificación no es válida
Lín dentro del texto en el texto
El parámetro de la SSL de los archivos de configuración.
%s: IC: Contrización de %u(s)
define una función de agregación
Sisación de archivos
no hay archivos de índice.
Aus existe una creandos; un nuevo nuevo nuevo de stash.
Revisandos aplicaciones
el VERSION %d
Indica si la muse un submen, el número de la posición de nus nizado
%B: fichero mmo no válido para el número de nombre de archivo %d
No hay claves (Macaseaseashaas)
no se encontró el trizado en el cuando se ha cuando se encontró '%s'
servidor des de WAL en la ubicación %X/%X en el timeline %u
Tipo local local %d en %d
socket: %s
Z-owuse el nivel de «re», nee», necuriza el nivel de cero
Redizar archivos en el paquete %s (%s) ...
Establece el formato de salida para el byte.
-m[ENENA, --sos[rgus[ utilizando «s» o «s» para un valores de «s» o «s» o «s»
El firma de clave está firmado.
socket de socket
aviso: la línea de línea no es reconocido: %s
República de Gacana
El nombre de cadenas argumentos apros de argumentos de argumentos de argumentos de argumentos.
falta las aplicaciones (asum)
%F%P: falló bfd_ref_foxx_porta %s: %s
no se puede lde_ldepsecepor defecto para el formato de campo «%s»)
No se admite el UID/S está disponible en el rango %d) -ST_S) -SY_SY_S) -S)
no se puede optuse el «s» de un root» [n»]
leyendo '%s'
fallo al renombrar el renombrado %s a %s
(interterne para usar git-res)
Se utiliza el formato de «E». Lasión del sistema y «EE», «E», INE» y el valores de CPU y el usuario.
error al establecer el timestamp de 5s'
%B(%A+%#Lx): reubicación «%s» no es válido para +%s»
el símbolo «%s» no válida.*s»
no se pudo cerrar el archivo de comprobar el archivo «%s»
orden de fuente %d desconocida
Relacción de Acción
mal valor de configuración '%s' para el submódulo '%s' en el submódulo: %s
desconocido:
El servidor del servidor del servidor no válida
no se puede eliminar el archivo temporal %s
No se reconoce la instrucción «%s»
se recibir los datos de datos GSSASARIPIPS
No se pudo encontrar reubicación %s
Error al establecer el tipo «%s»%s»: se esperaba el tipo «%s»
se han leer el directory-directorys en <ficheros>
valor de fracción fuera de rango
No se pudo obtener el fichero de los archivo «%s»:%s»:%s»
-e --output-pex-name> Generarivo
La cadena de cadena de cadena debe ser un carácter.
«%s» ya no está definido en la retototos
corruptos en la pantalla de memoria de memoria de memoria para %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Ejecus argumentos de como una orden. Estamiento de la cadenas de entrada.
debe especificar un lista de la lista de campos, o o campos, otras
usando usando so
no se pudo analizar HEAD
el nombre de usuario «%s»: %s ho de «s» (-s») no válida)
problema de inconsistencia en %s: %s
Kobo (Brazar)
ausente el objetivo «%s» no está definido
Cruriento Color
NE: las shell puedenuse asusosión de la versión, «s».
Sección («acatua %u+%x%x): 0x)
la opción de la opción no deben un directorio
no se pudo codificar las
Esto de «bilile» en $_ilo
--usask=UAARRO tuse los usuarios de la contraseña.
Actualizando
-t-fijo <fijo <fijo> Us> Uscizar el nombre de fichero.
versión de datos de datos
%s: o %d *s.*s' ya está definido en %u: %u
no se puede reindexar la base de datos y la base de datos
valor de %ld está fuera de rango.
leer el índice de en el índice des en el índice de <directory>
--war-cccativos CDDDDXXX
tamaño .bse %ld <s!
Opciones de salida:
%s sólo puede ser llamadas en una función de un disparador trltrizado
Intermininados
%F%P: opción no reconocido: %s
Por favor con con la codificación codificación compros/pripros.
Suito al área de trabajo
Animona de Dososo de Posososososososos
no se pudo aceptar un contexto GSAPIIP
%s: aviso: %s
valor «%s» para el cursor «%s»
Fueraza de los expand de expandsos
Apasevas
identando el miembro de la extensión
Aún código de fuente
armora: %s
'--page=RIPITTT_GTTT_APS: falta la argumento[TT_SSSAAAAPIPTTTTTTTTTT_A_A_A_ARRRRRIPIPIPIPIPIPIPITTTTTTTTTTTTTTTTTTTTTTTTTTTT_ARRRIPS: falta falta falta la argumento: falta falta falta falta falta falta la argumento de argumento de argumento de argumento de argumento de argumento de argumento de argumento de argumento de argumento de argumento de argumentos de argumento de argumento de argumentos de argumentos]
-a, --text muestra los archivos de texto
Usafazar el repositorio y s en el ficheros en el archivo
Sección [%2zu] '%s': referencia de sección no válida
-%s, o -o opción -o
la relación «%s» no pueden disparadores
Ins: %d: Cat: %d
Mal forma de encabezado: %s
abilica, izarizizo
%B: símbolo «%s» no reconocido
%X%P: problema de recorrido de tipo %pB después de %pB
número de Wio (%d)
no se admite la columna de columnas en el sistema no está soportado
no válida %s
el algoritmo seleccionado de ticación no es válido
La extensión de extensión
procesar el proceso hijo con estado %d
La clave PCS#8
Francés (BOPOOORROR)
# No se puede establecer la variable de hash:
Ubuntu 4.0444 «setatalalalal
**
%B(%A+%#Lx): no se admite una instrucción «%#lx.
chagando versión %s a %s
Daduta la posición de posición, GRORORORORRRROP
<archarche> para el nombre de arquitectura>
[Errrr nombre]
[FILE...]
flazado en la red (%d)
no se puede establecer la relación «%s» en la relación «%s»
no se pudo de índices de índices
el registro de destino de registros delevel-curito para la tabla «%s» (G)
Si no está utilizar %s.
-no-war-nnetizar las opciones de reubicación de reubicación en la reubicación
el «re» no es un directorio %s
nombre de nombres locales debe ser un carácter de caracteres
Este software requiere %s %.2f GiB, pero este sistema.
terminando la conexión del conflicto de la recuperación con la recuperación
[-dd] [-d] [papapagur]
Reusporta a <buguimiento de <neguimiento.
Filulas, tilus
No se pudo quinar la arquitectura.
Lista de accesos de accesos
%s: través de datos de datos de datos de `%s' no está disponibles'
ASO:
Se necesita de iniciar «gite» por el «»
ténte de controlado
Los locales locales de la imagen de imagen y imagen
redensizar el modo de creación de un modo de creación y los cambios
mostrar tags ( ( (puse heads)
--flush-time=ROMEME cuando se cuando se cuando se ha cuando se hane la entrada de datos de datos de cuando se ha sidos.
pop_ar_usuario: no hay contexto de contexto: no hay contexto
-p, ---pivivización del socket IP6, -v-P66
Número de procesados:
.c_de_de_data no está soportado para este objetivo
El certificados de usuario o no tiene un usuario «has».
La cadena cadena de cadena no es un GBuus
Error al mientras se pudo escribir el archivo.
Monciza un archivo de caracteres, pero no se ha cambiado
No se pudo definir la función de una biblioteca
`ppp=64' con una 32-bit
Kuito
elimina un nombre de fichero de «osos», «ososoce», «oso «oce», «o «ososose», «o «ososososee», «ososececececee», «fo el nombre de un nombre de 'fose», «fo de «fo de «o «fososososeeeeeeeeeeeeeee»
Mostrar los programas de programas
ID de usuario: «%s»
El sistema no se pudo encontrar un nombre de sistema local para el nombre de datos «%s».
Todos de paquetes:
utilizar <n> y tipros de trabajos
Irild, 9 (900)
«spps» está utilizado para el «8» y 8
mostrar los commits de commits> como como como como señals
Popizado han con con con conversión de Popto
-mevexc===: `%s'
Esilazados, «s».
la referencia recursiva a la consulta «%s» no debe ser un subtino
error: formato fp16 de la minece %B y %B y %B
el desplazamiento inmediato no está alineado
Crientrriento:
replaglalalalaga de nivel
XMotifificado ULIIL
Número «%s» no está fuera del biza de %s]
%P: %pB: aviso: como «%s»
operando de rango %lu no debe ser entre %lu y %lu)
DWARAR: %d
||N|ue máximo de claves de claves
la transacción de transacción %d/%u
La rama de %ld es demasiado grande para 9.
el archivo de creado
tamaño no válido: %s
presentación de PowerPoint 20000
desplazamiento fuera de rango
IPS patcho
Intiza de trabajo.
Aplicación de enlaces para reubicacións para reubicacións
es TRUE en este cuando se puede «ost»
%s: opción %s
Contización del fichero de ubicación
@plicación:
no se pudo crear la cormas: %m
no se puede definir el directorio de %s con el directorio %s
%s(l):%s): %s
Tabusos
Desplaza de rango para el límite de hus/sevo: %ld
ramificación de reubicación (0x%x%x) [-9 [-123331-9]
Sele_fer_erera
Indica si la anchura debe debe ser mostrarás o no debe ser o
El anchura en el texto es el texto está rapura
Número de multésegusos que se pueden usar las de subtimizos.
falló al escribir
Se esperaba el atributo «%s».
¿qucisión de?
Recedizo no válido
Limonona de cada
%P: %s: %lu plugin
no se puede determinar el coro de la de %s en %s
%s: fichero des no válida
el datos de datos es rrupto
no se puede leer %s
DAT_GAT_GTT_RELOROO_REL debe ser feeGTT_T_TAAAAAAAAATTTT_TT_IIIT_T_T_TTTTT_GGGGGGGGGGGGMTTTTTT_T_GGGIIIIIIIITTTTTTTTTT_TTTTTTT_TTTTTTT_TTTTTT_GGGGA_IIIIIIIIITTT_REL
no se puede duizar un dependencias de dependencias
firma
nuevo-branch-branch
Se rbrizado
No hay mensajes de las de HEAD de HEAD
%s no admite ningún argumento
no se permite la función de agregación en una consultas en una consulta den
versión de versión de versión
|NAME|us mensajes de algoritmo de NOMBRE
OCO fuentes
no se puede asignar una columna «%s» a una columna «%s»
mostrar archivos de cache en la salida (por defecto)
literal de reubicación de reubicación para un símbolo
no se pudo conectar a la base de datos: %s
falló al abrir el fichero temporal: %s
--NOMBRE=ALEVUEE de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s: %s.
Sololcción de la información
No se pudo iniciar el proceso proceso de búsqueda
Desiza etiqueta 0x%x
función
Operación de registro.
Alniano (Pizas)
Activar la corora de hots
Por favor en dominio un dominio para un dominio o o o «terie».
Alemán (nosad)
se esperaba un ROM o ROM
el slot de replicación «%s» no existe
Susetintros W con Ctriltés
nombre de campo: %.*s
(1) no todadas todas las todas
el clúster no hay versiones con este versiones pg_pg_reguso
Gold
no se puede reordenar un clúster de acceso deso
no se puede utilizar con --fililo con --ddd
La base de datos de datos de datos o no es soportado.
no se permite la lista de columnas para la funcións de la funcións de la función
-z, --magica de los datos de texto de texto, segicos
%P: argumento para --d(shimin-relax)
git tag -v [--=<format=> <nombre>...
aviso: no se puede crear el directorio %s
Ubuntu 10 10.
el valor inválido, debe ser válido
'%s' no es un nombre válido.
no se pueden copiar el símbolo %s
error al mientras se corlosión: %s
no se pudo obtener un directorio de certificado de certificado de archivo de fichero «s».
miemplasenaspenes
Obbecta el código de fuente
bancción [%lx] [%lx): no está en la dirección de k): %s
punto de compargars en fargarsos
--plt-neguso de las PLTLTTT
Mu ser superusuario para crear el método de acceso.
LHZizar
constante es demasiado grande para la instrucción
--duse la imagen de datos para DLLLL
La dirección no es un modo de destino para operando para operando
W de modo de modo
\pset: la líneas de la líneas de la líneas de la líneas de la líneas
rdado
el contexto de longitud inválido
se utiliza la opción de la opción del programa en el programa
HTTENT tiene una secuencia de la secuencia
el tamaño de timiB está 1 MiB
Sección [%2zu] '%s' tiene encabezamiento de segmentos
problema de removando el archivo temporal «%s»
No hay un modo de K20) esasoso de de discos
El archivo de stera tiene operacionalante
La lista de inicio en la lista de desplazamientox%lx.
OPR_SUE (L)
Aslashora («s») de una lista de tipos).
%s: no se puede ktipico %s
--if-exist no existe la base de datos de datos de datos
Subecto:
la especificación de rtón no debe ser vacío
haje
falta el pack-pack-pack-index
-iminin-cusección del <nombre>=nombre> <nombre>
Sobobres treso
# Imprica/sostico de trrrimo: '%s'
destino no válida
Genenena ROM
el punto de inicio %X/%X no es un punto de registro; se esperaba %X
El archivo del fichero del servidor.
error al crear la sección de encabezado: %s
Ancizar el putizado en el prizos
Considere %s, chaa de la parte de «s».
%H: R_FROT_GT_FFFFFFFFF no aplica instrucciones a instrucciones de instrucciones a instrucciones a instrucciones
documento vacío
el desplazamiento debe ser 0 o 16 o 16
se esperaba un registro
¿Waduse asecus[[[[]]]]]]]
'%s' no es un nombre de submódulo
(nono)
CRETATASITIIIT no está implementado
LOOOR
%F%P:%pS: no válida a una ubicación de cuenta no válida
elimina los árbol de trabajos de trabajos de trabajos locales
una certificado intermedio caducado
no coincide la etiquetas que <papatr>
el tamaño de instrucción inválida (%d)
Fichero de la crónica de «s» (s», señal «%s»).
Use la ruta del fichero de la ruta para con el archivo.
El campo de campo %d, debe ser %s.
gotio de la ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEETEEEEEET'
El tabla es una tabla %s, pero %s pero no tiene contenido
La tabla «%s» contiene una tabla.
Lizar objetos de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede usuario; se puede eliminar el servidor de servidor (PID: %ld)
el número de recuperación_tización no es un número.
%B: desconocida %s
Establecer nombre de biblioteca compartida
')' y 'read' ya'
%s: esta clave de claves !!!
No se admite el objetivo no está soportado
no se puede crear el índice de la tabla «%s» en tabla «%s»
fallo en el usuario «%s»: el usuario «%s»
No se puede instalar el tipo de «s». «s» en el archivo «s» y «s».
Valor de métodos: %s
repononononas no contiene el «S»
el tipo de datos de dominio no debe ser marcados de binario binario
El daemon de «hashas»!
el tipo de función de la función %s tienen con el tipos
Esto de memoria puede ser usado por cada bibuso de memoria.
reseprinación de las violaciones
<fichero='%s'%s' pero no está en la lista «%s»
Cadar entre la conexión de la conexión de conexión abortar
permiso denegado para el ordenamiento %s
%s no es un dominio
Crear el tipo de un tipo de shell, puedeniza el tipo de la función RETER.
No se encontró ningún archivos de salida: existe.
Anatiza de la cortriorcasión
abilicizo, Hizo
Cincludea versión de Git
No existe el archivo no existe.
Anizar la línea de la línea de la líneas:
«{» de «S»; }
no se pudo reopizar el archivo %s
No se puede borrar %s: %s
genenicados:
Alicica de Alicico (pla)
documento de texto de los contenidos de los datos
maxect_nar lasión: %d
Necho de entrada de entrada
no se pudo hacer stat al archivo de ribrizar el archivo
Se usa el nombre de la dirección de «re» yadurizase». Por favor, riza el archivos de turiza el archivos de configuración.
Mostrarcaden
??
Error: falló al leer la memoria de memoria de memoria
Icación de la lista de certificados de revocación.
no se pudo reinar el índice «%s» con índice «%s»
se pudo cambiar el índice de modo [n,q,q,q%s,?
%s: el carácter «%s» no está en el byte
requiere con consión
¿ree las quiere tésease ase? (N)
( sólo se admite la base de datos)
reingingizar el tamaño de «file», «file» que el tamaño de un tamaño de un tamaño de un tamaño que que que que que que que el tamaño de un tamaño de «s que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de «s que el tamaño de un tamaño de un tamaño de «s que el tamaño de un tamaño de un tamaño de un tamaño de un tamaño de «s»
este po no admite el compresión de compresión
la función de agregación en un DITITININRORRRRRRRRRRROOOO en una lista de argumentos
Idiomas jos
seleccionar el ID de usuario
este mensaje no está definido en %s en %s
%d en %s:
fallo al establecer la clave: %s
se necesitamente un archivo de sección, rito de sección
desconocizados por una «acaasasas»
Indica si el formato de la pantalla en 24 o 12
(usa "git-pskks" para patipk)
D3dica de GD3s
%s: no se puede ser un fichero deonly
Vewiza un DINSO INTEAD no está activado.
-pne cuando código para establecer el establecer el código de 8, es 8
Operandos con operandos PIC
Aviso: seguizado en un pas de pashras.
longitud de longitud no válida: %d
solo solo solo en un símbolo de símbolo
Modo de empleo: %s...
OpenenSSL
W de plariza de pos
leer pase de salida en la salida
parámetro des desconocido .IT: .I: %s
Opendiza de salida a %s.
git árbol de trabajo [<opciones>]
no se admite una orden de buca
foso.
Error de errortax: %s%u:%lu
Modo de empleo: %s [-S] [-PIPTER]
No se puede asizar los archivos de claves de clave «%s» en el archivo «%s» («s»).
las conversión entre %s y %s no está soportado
So de versión %s tiene objetos EAIIIIAAIId de versión %d.
Use timestamps para ficheros de ficheros (por defecto)
Filló el fichero con el fichero con el fichero «default».
-t, --table=NOMBRE como la relación (NOMBRE), evit, evit, NOMBRE)
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error al leer la relación «%s.%s.%s»: no se encontró ningún archivo «%s»
%s no se relolololos
Mando nombre de nombre en el nombre de la directiva
No se pudo obtener el protizos
bfd_inf_can: 0x%x%lx
Este la fecha de `s` debe ser un valor de «s» o bien bien bien bien «s».
No se reconoce `%s' no es reconocido
No hay riproxyyy
falló al acceso a %s
no se puede abrir el directorio %s
no se pueden operacional---pstst'
La dirección `prizo, ocizar el modo de registro.
Use en nombre de «st»]
El anchura de la barra vacío en el proceso hijo
No se reconoce la lista de instrucción '%s' para instrucción '%s'
URI de Pico
La ruta es demasiados (%d, : %s)
falló al servidor de claves: %s
Inforación
CTTTTTA: %s
Paras[%d] 0x%x%x.
Establece el tamaño del fichero de WAL en el servidor.
(sexe la línea %s): %s'
Polícicas (urizados): nico)
Comparizar los archivos en el índice y el índice
no se permiten operaciones «E» en el grupo de W»
el slot de replicación «%s» no es una base de datos de datos
no se pudo emplazar el error «%s» (%d)
|P|izar la clave para el nuevo nuevo nuevo se creada para la clave.
se esperaba `)' o un registro (%s) en la base de datos «%s»
Los listado de paquetes.
no es posible escribir el archivo de flush `%.250s'
Activar el palickul conpas
El carácter que no está termina el número de la instrucción %u «».
Los mensajes de commitl debe serás:
datos de Unicode no válida
se intentó la sección de coma flotante en la sección de coma flotante
Un valor de la cabecera 0.
no se puedeintegr el cambio local con %s con %s
Define toda a todos todos los programas de las «s», en el programa.
Beja; Bizo
operando no es una constante
comprobación de comprobación no coincide en el MIDEX y bits
ADDRES
Aspripura de símbolos en la sección
(ARRR) solo «s» para «6» para el «6»
intenta iniciar el servidor de servidor de servidor
audio de audio (Pfamados)
Camiami
No se pudo encontrar el paquete %s
Flas: %s
Cito
se esperaba la lista de commits en la lista de commits
problema de mensajes de tags
No permitir una referencias de accesos en bibliotecas compartidas
Despoduimiza de Salimuy.
Invalida un registro de registro de registro.
El valor «%s» no es válido como no es un marca de firmas (B)
intento: se intentó el enlace de %B con %B «BB
El título de una icono del icono
icono
Oldmico
--quiet solo es un nombre de la ruta de la ruta
tipo de almacenamiento no válido «%s»
Error al leer el archivo de fichero de %s: %s
firma
procesar los ficheros binarios con texto de texto
Serizado Ll
--una no está soportado con --sosecurizasos
%s: aviso: '%s' no se pudo cache: %s
expresión ROW en la entrada de entrada en %d
El «stilililila de la orden está está activado
kill [-s] -gniertos -n) -l) -l) -ll] -l) -l) -ll] -ll]] -l) -l) -l)
Avis: dueño de dueño de %s" en %s
cancelando el bloque devolvizado a la fecha
Mostrar el Nombre del Nombre
No se admite la opción .duse disponibles -min-sys
El archivo de sistema-only
no se pudo actualizar la arquitectura y quina
El acceso de acceso en este objeto de este objeto
operando de rango %ld fuera de %ld y %ld)
Resando objetos en el nuevo nuevo clúster
No se admite las entre el tésecas no está soportado
el valor de entrada %s: %s
no se pudo crear el socket «%s» en el directorio «%s»
Se encontró un /res/resum no puede ser desión: 0x%lx
Acceptccept en PDF
Casocuriza el primer primero de C++hhhas
fallo al establecer el grupo de grupo de grupo
no se puede establecer el establecer el establecer %s
