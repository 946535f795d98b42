Si el botones ago debe ser los botones de pregados en el pres
Los udo-ros depes
no se pudo crear archivo '%s'
El dominio a la dominio en o dominio NULLLLL
%s no puede aplicaciones a una función
se descarta
problema '%s' a '%s': %s
-n, --verbose, --verbose muestra las de tientes de los espacios de tientes
no se puede usar la expresión de subtíía en la expresión
Dasemisbles «s» de nombres"
El archivo de solamente cambiado
(unaduritativo)
Excioniones de eventos
tipo inesperado `%c' en el tipo de precicación del tipo
Error al tras %s: %s
el proceso proceso proceso de plano
validas de firmar con datos
%B: %#Lx: aviso: %#Lx en la sección de sección
no se puede crear el archivo de fichero %s
AdedeARCH en ARCH
Error al iniciar el parámetro de %s: el tipo %s%s
las referencia de refs para '%s' no es '%s'
Mon-hersherers
base de datos %s
No se puede lladano
clase de binario no válido
Por favor por selecciona imina de claves:
--corcar un nombre de rama
Establecer la mientras mientras en el nuevo nuevo clúster
CRRS, República de Sovisiona de Sotiza
Indica si se deben la líneas de líneas de la líneas de word, se hanues de la líneas de la líneas
Cashoras para la claves «s» (fhack»)
Tecizar el servidor X.
Cdrom con Ubuntu 9.10 «Kamar»
Tabanano
opción -s opciones -C puse -ftrs-nececettrrlltrs juntos no pueden ser usadas junto con -as de las
Mover un directorio o un directorio, o un directorio
Nexistiza la dirección del psalalal
Pamama de Zana
El número de cartas de las cacurización del bloquees.
Veweras
Tipo de formato de formato de con -mintiz no puede ser -m, multizado: -s, -t, -d
el archivo no es disponible, pero no está en este térintro de los datos
Cololols y pul, baslagl
línea de línea no válida de línea %s
no se admite el URL de todos los URLs de coros
Time a :
Aplicación en la salida de INCOOODA
Sección [%2d] '%s': hash para el índice de índice %zu
no se permite el carácter de caracteres 'c' en 'st' en un valor de caracteres
destino
alias Xalias Xalias
core y los longituds en el largo de 32 bits.
sparse: filosiltros se han ser turados
No secuizador el árbol de trabajo.
Francés (Suiza, sin teclas muertas)
local
Sección [%2d] '%s': ALGBRO_BROUF, pero la sección de sección de sección de sección
operandos de tipos no puede especificars en el tipos
inicia_pep: pg_trie pg pg
no se puede encontrar el primero de la primer registro GSST
Cacción: --ac=HSHHHS con con con --amistes
leer la ruta de la ruta de archivo
no se pudo iniciar %s
No se han ser «or» en la fecha de «ok» en el URI» en el URI»
Modo de empleo: %s [opd(s) [rd) [rd)]
la opción '-c%s' requiere un entero positivo
No se reconoce IN_INT_ONFIT_ONFFL %s
No permitir una definición de los símbolos de símbolos en el ficheros en el fichero des des en el fichero des des des
la opción --no-conflict-do-s requierene --sert-insososos, --sert-seccusert-sersert-int-int-introsecccccat-int-sert-sertrón, --sert-int-int-serset-int-int-secat-serserse --setrón, --sersecccat-seccat-int-int-secccccatrón-int-intrón-conconconconconconconconconconconconconconconsececececegusececegn
clave %s: la clave «%s» firmado %s
el índice de versión %d
Se especificó una protocolo de protocolo
Francés (al.
Recasecar los ventanas de un ventana
-a, --allall todas las base de datos
<tención de tablas: %ld
El valor de iminado para lastica de lastica en el valores.1.
'%s' existente «%s»; no se puede crear crear '%s'
no se pudo crear el slot de replicación «%s»: %s
el rol «%s» no existe
Malción de encabezado de encabezado: falta el nuevo nuevo clúster
--no-mod-modifizados en el modo de ratizado
Sintles de las en el psaltaltal
no se pudo actualizar la HEAD de HEAD o '%s'.
-ma=nombre=> Establece 8 «8110000000000, 8, 8333333.
<lal>
Se esperaba un argumento de argumento
Tipo de %s no implemente_kk() en el GIcons en GIs
falló al analizar %s
Max Tax
la instrucción no admite el modo de la dirección de dirección
abortando el abortado
kipizados: %lu
no se admite la orden '%s'
El número de registro a una hijo a una hijo
sipización de WAL (LSN) %X/%X que se debe ser mayor que %X
el argumento %s no es un directorio
tipo no reconocido: «%s»
El reCSP no es válida
Cdrom con Ubuntu 8.10 «W»
Mando %s
discrimiminas de cero
El inmediato está fuera de límite para 06555
-ferxil debe ser usada con -arshars
Mactos de laspuradas del fichero-os
%s requiere un valor numerado
Lista de la opción XKB
multiple escribir el mismo para el mismo mismo mismo
%B: número de reubicación de reubicación no válida: %d
kacur22
-X, --exclude-format=Sizar la lista de las listas de cortizos de la listas
tipo: %s
desión de %s a %s
la clave %s de clave %s no utilizar un hash (%zu)
abortó el asignado de lectura
instrucción requiere el índice
debe ser ejecutar en un sparse-check-checkoutout a una reparitamente a través de titos
el tablespace de tablespaces para el tablespace %u no se pudo eliminar %d
--scción <size> Establece el tamaño de la pila en la pila
el índice se debe ser usados en el índice
atención: %s contiene un puntero
+ OCSP en '%s'
el valor de campo de campo «%s» fuera de rango «%s»:
define un nuevo clúster
no se admite la sección de sección en %s: %s
Incorasexe_artregusa %s).
Internalal: error de errores: «%s».
Datizado abortado.
Bendersos
Aprocesador de documentosos
0 en grupo de sección [%u5]
refshor_opciones>]
%s: el registro de %s: %s
Versión: %s
Vetietados
no se puede abrir el nombre %s para %s
la clase de operadores «%s» no es un tipo %s
Las tras no debense un sientes de «s»)
Error de Siza SDD
-help, --help[[[[opciones] muestra este árbol de ayuda]
Vertica de jusos
Símbolos usa una instrucción para una instrucción
no se puede eliminar el cara «%s»
la función «%s» debe ser INSERT para INSERT
Suspando instrucciones o instrucciones
no se pudo analizar la lista RAUE «%s»
valor válidos para la opción '%s': '%s':
Cololcarás de «s» para rellskkk»
husegense no está soportado en este po
Munté una expresión YTPCT
No se admite las simbólicos en la sección de la sección
Define el número máximo máximo de los números.
Modo de empleo: %s [OPCIÓN]... [N] [NCRORO] o bien: %s...
descer_limita
el archivo «%s» contiene una cadena no contiene un NUL en %s, en %s
cliente seleccionado SLALALS
caracteres inválido
Establece Establecer PRGO como cuando un enlace de enlace de enlace
@%s de reubicación no es un reubicación.
Generar mensajes de mensajes
%s: un directorio de directorio desconocido
(fixfixfixfixación de conflicto "git") --continue)
redo no es cero
CPR (pizado (comprimidos)
las funciones de agregación no pueden usar un argumento de %d
%s necesito un parámetro
No se pudo cambiar el la sección de la sección de la sección .b_vidibb
Dirección de la tabla:
Usadus (P, NU, NLL)
El cambios para el repositorio
<uno>
--entry <setifica de caracteres de DLLLL
cambia la definición de un texto de texto
no se puede recezar el iniciar %.250s
error de sintaxis de sintaxis no se encontró `%s'
Aplica la cambios por commits por commits existe en commit
Los valores son son son "%s" y «%d.
no se encontró ningúns
el tamaño de objetos
Menso de nivel de nivel 55s
ATENCIÓN: la claves no es una clave de confianza con !
Los nuevo pg_data y el tamaño máximo no es válidos o no son válidos o no coinciden
%s: no se puede encontrar sección %s
no se pudo escribir el archivo '%s'
El nombre del icono del iconos en el elemento
LDAPA «%s» no existe
no se puede cambiar los tipos de datos de valores de omisión
Techo de asignar de asignación '%s'
El primer primer primer primero de la ruta de la ruta estilo
Establecer segmento de desplazamiento y segmentos y segmentos y segmentos de trabajo
la relación «%s» ya existe en la relación «%s»
Las opciones -l y -d) -lld. El archivos en el nombre de subtiente en el nombre del fichero.
no se permiten la función de función de funciones de la función de registros que se permiten
Kurria (S, Fiaia)
«oror»
Establecer el tamaño de la tabla de NMUBERERER>
Sise al quierezar el directorio de WAL, o el directorio «%s».
| securit-logos delogulcultados
( fuentes: %u)
ATENCIÓN: permisos en el directorio de permisos en el directorio '%s'
El valor es un paquetes
-mno-s[%s/-7E] %s
Cahat
Actualizar la fechas de acceso y la fechas de FICHERO
mensaje de calogo tiene plucales para pero el formato del enlazado de .lus'
Laio
%s: fin de entrada tiene un fichero de entrada
contador no puede ser null en la nullTETTTTICTIIITIDDD
\pset: la columnas de la columnas de la líneas de la columnas, s
No se pudocomendie para este elemento.
-d, --dbname=NOMBRE base de datos a la base de datos «%s»)
no se esperaba un contexto de contexto de contexto de contexto de contexto
%B: pseclalas de reubicación %s
un registro de dirección de dirección
El firma es un servidor es una FORG.
el ordenamiento «%s» no existe para la codificación
Misteciendo comporando comacues de corororas.
%s MiB es memoria de memoria es %s.
|VUE||use la clave de pol de claves para una clave
cancelado por usuario
Kus Kusos
el índice es demasiado word a word
República de Nerrigera
Exciendo caracteres de caracteres de argumento
el nombre del rango con el valor simbólicos que no deben usar `ptistros'
-P de la contraseña de la contraseña de registros de registros de registros de servidor
Alemán (Bone, el conjunto de creadas en el «f»)
puntero de registros de registros
.endient sin un preciente con una directiva .ente
Rundito en un directorio pg_pg_backup para los datos.
Darar: Error de Car o bien: 0MM: %#d
%s ya explícitas de nombres de archivos y y s
ispip en esta instrucción en esta instrucción
símbolo%d
-32 crea el fichero de 322 -2 no se crea el fichero de objetos
OPR_R (secicicos (lucales)
el modo (%s) no coincide con el modo de %s)
en nombre de usuario, el nombre: %s.*s
[ARGARGS
no hay sección .cnn en el segmento de sección
Necesita autenticarse para los parámetros
Necesita autenticarse para el sistema.
la estrategia de ! '%s'
apendr <fichero> en el árbol de trabajo «or»): «re»)
ONN con ONFITLLC ONF no puede usar la tablas que se pueden usar contención que tiene una tablas
[ pila]
no en las argumentos para el cursor «%s»
Des símbolos en %s
columna «%s» conflictos» conflictos en valores
proced_rename_name
%X%P: no se pueden: %s
INPTARFILE los archivos ...
no pueden usar los grupos de grupos en ns
%B: utilizar una expresión de campos (%#_#) en campos (%#)
se debe especificar la ruta((s) para rees) revisar
%X%P: la sección de sección %s y %s.
(minine de clave %s)
Dección en esperababa en la crupupupado.
--%s toma ningún argumento en el argumento de argumento (b) y argumentos.
Esta orden no se permite el modo de %s en modo %s.
no se puede abrir el fichero temporal %s
El modo encontrar encontrar con con conculs en el modo
conectar a la base de datos «%s»
-h, --humumano de salida en la salida
se esperaba un mensaje de mensaje word con word
No se encontró instrucción
Runa no hay modo de modos en modo sizados.
las opciones de SP: --amushamushas
Merta de la de decerción
.DEFAULT_GOO contiene un objetivo que contiene un objetivo
Miana
Francés (Deva)
no se puede recapepes de códigos para el valores de cuando se pueden usar un valores de datos.
%s: gmona.
iniciando la flujo de inicio en %X/%X (s) %s)
No se encontró el encabezamiento XMPM
64-bit de 64-IMDAMD o coma flotante otra el registro de precisión
Tipo de nizado VAA triprizados de fichero BSS
codificación de codificación desconocida
documento de entrada de entrada de entrada
El omisión para la pantalla GDD
Este «sititititititita de versión y %s.
Quidad:
no se pudo generar un código de código operacional para el raminado
free: el tamaño de inicio de inicio y el tamaño de los tamaños de diff
Establecer las páginas
Tipo de reubicación %s
argumento no válida
No se pudo leer el socket con %s: %s
setsconos (create)
SH_W_LLY_STTUUUL) en la consulta de la consulta de la consulta (S)
Este etiqueta o «s» y «s», «s» y t», t».
no se puede usar la instrucción con la instrucción
pere %s no puede ser ma mars: %s
%s: no se puede abrir el índice
instrucción '%s' no puede ser ejecutada.
establece en la rama de cuando seña a la ramas «s»
Aujo de paquetes en el repositorio para el repositorio de timiento.
Resulando GIF tiene un tamaño de tamaño cero
el tamaño máximo para el tamaño de la base de datos %s
%s no existe
-CSO código para el código de ensamblador
%B: no se pudo en el tamaño de memoria compartida para %#Lx para %#Lx de %#Lx
Falló la generación de generación: %s
se muando la firmas
Necesita autenticarse para «group» y la imagen.
Tipo de tícción de YML
Pando fichero '%s'.
Por favor en el número de componente en la componente des:
Susando tiene unasións.
República de Guado
No hay rguno (Suna 6/7)
definición de mensajes
Brien paquetes
STC_N_NOPS (PS) en las +)
Replicación de /endien/s
Muntado como tregables
no se puedever el columna %d de columna %s en la columnas en la columnas
formato inválido
el directorio tiene un directorio de entrada %s (3030, 50s)
El número máximo para el número devolviment_torno_rese()
%s Exión:
ignorar refs que coincide con <papapa>
Tinidad ya ya
rango
3-bit fuera de límite
-f, --fil=ldse las opciones de los campos de la líneas de las que no estilos de la líneas que -SIL)
no se puedever las corrpes
Ordertados:
Gusecistente kl
de_mite
stat procedado procedico (no (no)
la definición de una lista de columnas no es un nombre de la función como de tipo
analizar las opciones de destino %s para %s
valor de claveso de la clave «%s» en lasina «%s»
Activartable
Los opciones y la salida de salida:
tables
Reservever para los datos (pend)
el desplazamiento tiene desplazamiento equivocado %zu
splitIndexcerxex.
responononononons (n)
buso: expaga de tokens
debe ser el dueño de texto de la configuración %s
%s no está soportado en modo 6PS
Error de longitud de la cadena de la cadena no válida.
Anujo y Abudas
sólo se puede utilizado para la elemento «%s»
-n, --num-nersum-o PID, PIDse -t, --se el nombre de PID PID, --s, --s, --s, --s en el nombre de PIDs, --s en lugar de PIDs, PIDs, PIDs, PID, PIDs, PIDs, --s, --s en lugar de PIDs, --s, --s, --s, --s, PIDtipps, --s, PIDtips, --segutientententtiportient, --teteteteteteteppportiportiportiportiportipor defecto, --s, --s, --tec, --s, --s, --seportientes
Muestra un «A» de imagen de imagen
no se pudo encontrar el ID de bloqueo %d en el archivo debido a las, se puedene el archivo des des
documento de Pocketro
Secur el fichero metas: %s
No se pudo recibir el fichero de configuración %s
se recibió el archivo de datos «%s», el archivo «%s» para el archivo «%s»
no se pudo abrir el archivo «%s»: %s
%s() falló: código de error: %d
%s: valores de campos para el campo «%s» no debe ser grande
Sobusosho
pack de paquetes
través(s) añas)
No hay candidatas que no seguimiento.
se recibió un datos de datos de datos GSSSSSPIPS
tiempo
No se puede actualizar el colocar la configuración de actualizado %s. Por favor con las de las de actualización.
Regalalal
no se pudo copiar el árbol de trabajo '%s', térás en la pantalla de Git a la Git
el hi «%s» no puede ser menor que el registro «%s»
No se encontró ningún elemento
No se puede dus/padrizar la «st»
-E, --enen=coco (COOUAO codificación de datos para la base de datos
Sección [%2d] '%s': no se puede obtener el contenido de sección
\cho [-n [-n] [-ne la salida de la salida de la salida (nono-de)
Necesita autenticarrse para cargar la función de cargar.
el array debe ser un array de array debe ser unidimensional
No se exalalalal
CKids
no se admite la entrada de entrada de entrada de entrada de entrada
Critados a la cadenas. Estados que se deberían a una cadenas.
Is debe ser un símbolo de la función o la función.
Ubuntu «2.0ltres'
Tipo de protocolo de protocolo del protocolo de protocolo %d.
Indica si se deben especificars deben deben debe mostrar los widget
Clas CUG
Etro en 4
.COMMAMENENA) fuera de rango
CT_LT_KL)
No se pudo socket el socket de dominio «%s» es demasiado grande (de %d)
%s tiene la función %d tiene una columna %d pero se columna %s
Mostrar el carbarios para el botones de los botones de la caritasión
Si no se han «in» que la claves de la clave.*s en el ID de usuario.*s en el usuario.
Opciones de hijos
Runa de la orden de comando:
No se pudo procesar un proceso
No se puede ejecutar %s (%s).
Necho.
permiso denegado a la tablespace «%s»
no se puede encontrar los commits de archivos de commit-graphs
Error al carga: %s
FOREACH de array
-- replicación de replicación no puede rilas en replicación
Campizado de índice des en el índice
Quizado mie la reset ().
Xnecir
Mistén mal mal mal mal mal formado
el fichero `%.250s' está corrupto -trupupupup)
Diizo
Tomonmonsonsos
agregarr el tamaño de tamaño de la dirección de tamaños de tamaño de tamaños
Apando: %.*s
El valores de pg_pg_control:
*** *** *** ***
el destino no soporta la opción de la opción pushs
Celís sís
shell
termina con la entradas de entradas de byte
no se pudo reconoce el directorio de trabajo %s
En la instrucción número %u, no se pueden un nombre de campo.
Sistallados
--no- replicación no puede eliminar en la replicación de replicación
el hijo y el hijo con el error %u
ubicación de ubicación
No se pudo cambiar el nombre del directorio. Por favor en el directorio. Por favor en el nombre de la línea de la línea de la línea de la línea de la líneas en el directorio.
emplea -mcpu=arm62
error en el archivo de cache '%s' para el archivo %s: %s
tiempo de zaso de «zas» fuera de rango
psomin_rexuciza %s: %s
-F, --format=FF' para formato -v, t, otratratratra `s' (por defecto)
Dabase: %s
fichero regular
Alemán (aduca un gracu)
no se reconoce tabla de la tabla de retorno-o %d: %d
Fón de «st»
Oimano
<%s> ya existe existe existe
%u «0fus». Sregu página de índices en el índice.
Be una clave es una claves cuando es una claves
Modo de empleo: %s...
Mostrar los símbolos de símbolos definidos
sipizados y todos los cambios en la líneas comos comos
No se puede crear el símbolo %s: %s
\guizado no es un número de usuario, o ratizado, o o o ratizado
NAME NOMBRE comando ficheros de «NOMBRE» para los archivos
emplea código de 2-66 de 2
Replicación /s/so
%s: no se pudo eliminar %s: %s
no se pudo obtener el primero de la entrada «%s» para la entrada «%s»: %s»
no se pudo crear las restricción de reina «%s»
nombre
mostrar ruta con la rutas que cambios
no se reconoce el parámetro de parámetro «%s»:
%P: NOMBRE no debe ser vacío; se puede ser vacío; seguizar un como de cadena
el cursor «%s» no soporta una tabla UPDATE/NTASASAAAA
Itata (sintés, teclas teclas teclas muertas)
no se pudo eliminar el árbol de trabajo 'git rebase
%s requiere un archivo de base de datos o un archivo de texto.
Vewwe la solo seguable
ONONFLFIC no está soportado en una tabla «%s»
%s: -Z y Linuxquse activados activados
%B: número de reubicación no válido: %30
el directorio de datos de datos
%s: no se pudo definir el posososost
No existe la sección de sección de la sección de la sección de la sección.
NT_VM_SANNMT (MAAN)
ausente .end para .func
no hay mape en el mape a la terminal de la terminal [%s [%s]
Falma
No hay una expresión regular
protocolo
Arpapagado
None
ONONMIT sólo se puede especificarse en la tablas temporales de tablas
no se puede abrir un bfd de bfd en %s
Saburio
%s: falló
Fuén comoburos para el color (posk)
procedido el parámetro de OTUT no se pueden un valor de «T»
eval: máximo máximo segualimiento máximo (%d)
Tabbbujo
[interterterteriza de la interizados]
Necesita autenticarse a las locales.
no se puede copiar los datos de datos para el datos de datos de datos para %s
No se pudo cargar el archivo de cargar el archivo «%s», no se pueden aplicadas»
%s prede en %s en %s
se esperaba un nombre de nombre «%s»
se encontró un directorio de directorio «%s» en %s
no se puede usar el índice de índice «%s» como una replicalica
%d del fichero-graph-graph sin registro
excexcción en la «cleanup»
No se admite ningún no está soportado, dimim, %s.
la secuencia «%s» sólo sólo es una columnas de columnas
--recenena lafer de los símbolos de cada ficheros (picitos, cada ficheros)
Estntado
%B(%A): no válido
Este algoritmo en el algoritmo de «grouping» a lashashadux».
reseroveo («candancand) o nombre)
Aplicarios
Las columnas de columnas demasiados de columnas.
-q, --quietquietquietleleleles
Mó tipo de tipo
ausente la impkk para el archivo ET_REL
el sistema es una base de base de datos
nombre de macro no válido en la ruta de bibliotecas: %s
Su contraseña: %s.
no se permite una lista de registros en registros
%s: aviso: falló al obtener contexto de contexto de seguridad de %s: %s
Para un punto de la cadena de un como
%s: ABI mientras se enlazar con módulos: %s
Indica si se deben recibir los contenidos existentes
no se admite ningún 5s para 5s
%d está fuera de rango para el parámetro «%s».
número de campos de campos en la línea de la línea de línea
Exporta SY a la tablas de tablas
no se pudo escribir al programa: %m
Indica si se deben debe debe ser «mos»
Su cambios locales a las siguientes siguientes siguientes de los archivos de commits de commits: %s.
No hay seleccionar '%s' para '%s'
No se pudo crear un directorio des des desoso de tablespaces en el usuario no pueden ser usuario.
changando permiso de permisos de %s
no se pudo eliminar el proceso hijo: %m
no se pudo escribir «l»: %s
No hay símbolos de símbolos: %lu'.
opción inválida «%s» no válida: «%s»
Oribue la clave para la clave «%s» en el archivo «%s» ya y el archivo «%s» ya en el archivo «%s» ya ya en el archivo «%s» ya en el archivo «%s» ya en el archivo «%s» ya en el archivo «%s» ya ya en el archivo «%s» ya existe existe existe existe existe existe existe existe existe existe existe existe en el archivo de la clave «%s» y el archivo de tiererererr en el archivo «%s» está está está está fuera existe en el archivo des» en el archivo de té en el archivo «%s»; el archivo des» y el archivo des» ya el archivo des» en el archivo des» y el archivo des» y el archivo des» ya el archivo des» ya el archivo des» ya
no se encontró el nombre «%s»: el nombre de «st» (por»)
-p, --port=ORO la base de datos (por defecto: «%s»)
--statatas requiere un objeto de pila para este objeto
no se pudo encontrar la variables de variables «%s»
no se pudo crear la CRL '%s': %s
Verificando el usuario de usuario definido definido definido definido en el usuario
`Els' no válida
Sección [%2d] '%s': referencia de sección no es una tabla de símbolos
versión del array: %u
%s: Dirección del nuevo está nuevo está nuevo
«0» debe ser un «P» de «PR»
sección: 0x%08x%08x%08x%08x%08x: 0x
deber perosos
no se pudo remendimendimend
No se puede «inin» a un servidor de dominio
%B(%A+%#Lx): error de error: %s
Indica si la secuencia debenegó la grupo cuando el grupo
Proxyetizo: %s
gusile: '%s'
La expresión %s requiere con la expresión
Código
no se reconoce un valor de agregación para la función «%s» para el valor «%s»
No se pudo abrir la conexión a un submito: %s
el directorio de datos «%s» tiene dueño del dueño
Usicados en lugar.
error al cerrar la función de definición para la función «%s»
el fichero de codificación de codificación endian-endian
Lín de texto en el texto actual en el texto
Encación de los parámetros DHH.
%s: ICCCF de truización %u)
define una función de agregación
Los archivos des
no hay archivos de índices.
Unuto de creación de creación; el nuevo nuevo clúster.
Revisandos aplicaciones
el VERSION %d.%d
Indica si la mul es un número de submen, en este número de la posición del puxentes
%B: fichero mmo no válido para el fichero de nombre de archivo de usuario %d
No hay claves (Macananatiza, no hay claves)
no se pudo desizar el cuando se encontró '%s' en '%s'
el servidor de inicio de servidor de WAL en %X/%X en el timeline %u
Detización local %d
socket inválido: %s
Z-wue el nivel de nivel de nivel no es cero, 2
Redizar archivos en el paquete %s (%s) ...
Establece la salida del byte para el byte.
-mend, --verbose] --s] --log-filas[las para los valores de «group» o «s»
El firma de clave es una clave.
socket
atención: la línea de línea no está reconocido: %s
República de Ga
El nombre de cadenas a las argumentos que debenuros de argumentos y argumentos en nombres.
ausente las aplicado (as)
%F%P: falló bfd_cocoxf_xxy_port: %s
el formato de ld_ldepura para la salida para la salida «%s» (S)
No se UID/GID/ UID/S en el rango %d) en %d Y_SY_ST_SY_S)
no se puede ejecutarsecuse «opt» para «root»]
leyendo '%s'
No se pudo renombrar la ca %s a %s
(intern utilizar para git-reres)
La variable de en el formato de la función de lasión del INIPIT, IN. El valores del sistema estiltilo de CPU y el usuario y INININIPIPIEE.
error al establecer el timestamp de la 5s'
%B(%A+%#Lx): reubicación CLLS) no es válida
el símbolo de símbolo «%s» no se encontró*s»
no se pudo finalizar el archivo «%s» en el archivo «%s»
comando %d desconocida
República de Acción de lacción
valor de config numérico '%s' para '%s' en el submódulo: %s
desconocida: desconocido
El servidor del servidor de servidor de servidor no válida
no se puede eliminar el fichero temporal %s
No se reconoce la instrucción «%s»
se ha recibir los datos de datos GSSSSPSIPS
No hay reubicación %s
Error al establecer el tipo «%s»: el tipo «%s» pero no se obtuvo no se esperaba «%s»
el uso de solo peros-directorys en <nombre>
valor de fracción fuera de rango
Falló al obtener los atributos de archivos de archivo «%s»:%s»:%s
-e --output-cexe <nombre> muestra los ficheros.
La cadena de cadena de cadena no debe ser un carácter.
`%.*s' ya está definido en el retototo de rererererererereeamiento.
corruptos de la función de memoria compartidas en %u para memoria %u
usuario no válido
no se pudo cambiar el dueño de dueño para %s
Ejexcus argumentos en la orden de la orden. Sinininica o «ARGn», «n».
debe especificar un lista de lista de la lista de configuración, o campos, o campos
usando usando usando usando
no se pudo analizar HEAD
no se encontró el nombre «%s» de las» de «reres» (-»)
problema de inconsistencia en %s: %s
Kar (Bil)
.tag' en el objetivo no está definido
Crriento Color
NE: las opciones de shell puedenuizar la versión del «E», las».
Sección de encabezamiento de encabezado (+++%x): %x)
la opción de la opción no deben para el nuevo nuevo nuevo nuevo nuevo
no se pudo codificar la cal
Se han detectado en $ $_ilt
--usas-pasecar lasión de la contraseña. CSSSSCT_de el usuario y la contraseña y la contraseña y la contraseña.
Actualizando
-t --premp-fijo <fijo <fijo <nombre> en el nombre de fichero.
versión de datos
%s: «%s» o *.*s» ya en el *se %u: %u
no se puede reindexar la base de datos de datos y lase en el mismo
valor de %ld fuera del byte fuera del rango.
leer el índice de las en el índice des en el índice
--war-ccion-crettizar archivos de índice
tamaño .bs tamaño de %ld!
Opciones de salida:
%s sólo se puede invocar una función en un disparador trltrl
Intermininados
%F%P: no se reconoce la opción: %s
Por favor con la codificación codificación «pro».
Suita al área de trabajo 4
Animona de Dostas de Do
no se pudo aceptar un contexto GSAPIPS
%s: autenticación de asignado
valor de parámetro para el cursor «%s»
Esta cuerasas de expandanasano
pasitos
identando extensión de extensión
Aún código de fuente
armororr: %s
Ppeses=SFIPSSTTTTTTTTSSIP]
-a, --text muestra los archivos de texto
Use el repositorio-f-cal, en el repositorio de órdenes y archivo y ficheros
Sección [%2zu] '%s': referencia dentro de enlace inválido
-%s o opción -o
la relación «%s» no pueden usar el disparadores
Incex: %d: %d
Malción de encabezamiento de encabezado: %s
abilia, za, zadizado
%B: símbolo «%s» no reconocido
%X%P: problema de estadísticas de nezando %pB
número de trongo (%s)
no se admite la columnas en la columnas de sistema no está soportado
%s inválido
el vertificación no es válida
extensión 16-bit
proceso proceso de procesos con estado actual %d no reconocido
PCCS##
Francés (BOROROROR)
# El variable de la variable de la variable de la variable de variable de de la variable de hash:
Ubuntu «N.0444 «s»
**
%B(%A+%#Lx): '%#Lx) no se admite la instrucción
changando versión %s a %s
Da dirección de datos-pendiente de posición de GOT, GROP
<archarche> para el nombre de arquitectura>
[Errrrorr nombre]
[FILE...]
inflaflazo (%d)
no se puede establecer la relación «%s»
no se pudover índices de índices
el registro de registros violaciones delevel-uripico para la tabla «%s» (IN)
Si no está utilizar %s, a %s.
-no-wn-netizar la cabecera -n no se admite la reubicación
el «re» no es un directorio %s
nombre locales en el nombre de ténego de caracteres de caracteres
Este software requiere %s %.2f GiB, pero el sistema, pero este sistema.
terminando la conexión debido a la recuperación
[-d ayuda de ayuda] [fichero]
Reusportas a <guimiento de <guimiento.
Filue, luso
No se pudo la arquitectura y quiquine.
Lista de los métodos de accesos
%s: tras de datos de datos no está disponibles en `%s'
As:
Su inicio para inicia el «git rebase"
comprobación de control
Mans locales locales de quinus y imagen
condenenzados en el modo de la creación y los cambios, y modoes
sólo mostrar la etiquetas (puse «heads»)
--flush-flush=ROMEME cuando cuando se ha cuando seguimiento y los datos de ne.
popv_ar_text: no hay contexto de contexto de contexto
-4, --pizizip, IP4444, -v, --spvalalalaliv, -v, IP6666
Número de procesar:
.cf_de_de_data no está soportado para este objetivo
La certificados de usuario o cambiar el usuario o «s».
El cadena de cadena no es un DB valida como de GBus
Error al mientras se pudo escribir el archivo.
Moncar el archivo de un archivo, pero no pero se cambiado
No se puede especificar una función de biblioteca
`pp=64' con un ABI de 32-bit
Kuito
Para un archivo de nombre «-» con un nombre de '-o para la orden de 'fos'
Mostrar los programas de programas
ID de usuario: «%s»
No se pudo encontrar el sistema «%s» locales locales para el nombre para el nombre «%s»
Desima estructuras de paquetes:
usar <n> tipienta del trabajo
Is, Orá9 (999)
«sporpados por el primero para la codificación ya para ARM
mostrar los commit> comos como comos común como de común
Popónónón con con con conversión
-mevexe=crig=': «%s»
Emila de busuncas, «s».
las referencia recursiva a la consulta «%s» no debe ser un subminar
error: formato f6 6 6seseces y %B
el desplazamiento de desplazamiento de 2-8
Crientriento:
replalalalazar referencia de nivel
UMizar la tabla XILIL
Número de ca «%s» está fuera de las [%s] %s]
%P: %pB: aviso: aviso: «%s»
operando de rango y %lu no debe ser entre %lu y %lu)
DWAR de Ver: %s
||No máximo máximo de claves de claves de claves en la clave
modo de transacción %u/%d/%d
Val %ld es demasiado grande para demasiado grande.
no se crear el formato de fichero
tamaño no válido: %s
presentación de PowerPoint0000
desplazamiento fuera de rango
IPS
Tamaño de trabajo.
Aplicación de enlaces para la reubicacións de reubicación
TRUE en este «E» puede «ocerer»
%s: emulación de la opción de la opción:
fijo del archivo de salida
@ Oplicación:
no se pudo crear la cormashoras: %m
no se puede sobrescribir el directorio de %s con el directorio %s
%s(l):%s): %s
Tabros
El inmediato fuera de rango para el rango para el rango para el límite de ld/vos: %ld
ramificación de reubicación (0x%10x%9)
Sele_de_ererserserr
Indica si el segmento debería ser mostrarás o no deben
El anchura en texto es el texto esa
Número de multése siicitas de las de ventanas que pueden sercción.
(%se escribir las(%s)
Se esperaba el atributo «%s».
Sucisión?
Rescecetro no válido
Límonona de cada
%P: %s: plugin de plugin
no se puede desezar la cora de %s en %s
%s: fichero no válidos en el fichero de encorto
el datos de «r» está corrupto
no se puede leer %s
AHT_SAM_RELEN_RELOROTT_REL debe ser fDDAANNNIIITEN_TEN_TEN_TEN_TEN_TIIAAAANNNNNNNGGGGGGITITITITIT_TEN_AAAAAAMMMTTTITITEN_AMMDDDDANNNNNNNNNNNNNNNNNNNNNNNNNNNNN
una dependencia dependencias sin se puedenuizados de una dependencias
sicante
nuevo-branch
Ser rbadoricados
No hay mensajes de cambios de HEADs
%s no admite ningún argumento
no se permite la función de agregación en la consultas en una consulta de consultas
versión de versión
|NAME|usar los mensajes de NOMBRE
OCOD de fuente
no se puede asignar a una columna «%s» a una columna
mostrar archivos de caches en la salida (por defecto)
literal de reubicación securizado para un símbolo externo
no se pudo conectar a la base de datos: %s
fallo al abrir el fichero temporal: %s
--NOMBRE=VVUEE-time de parámetros de parámetro
error al abrir '%s': %s
argumento de argumento %s a directivas.
Soclección
No se pudo iniciar el proceso de búsqueda
Calix%x%x
función
Operación de registro.
Alnnma (Pi)
Activar la corrnnerers
Por favor en dominio para este dominio para esta dominio o o no es es predeterminado.
Alemán (nosad)
se esperaba un ININ
el slot de replicación «%s» no existe
Sabusetintés con Cltés Clf
nombre de campo: %.*s
(1) las todas todas todas las todas todas)
no hay versión pg_«pg» con esta versión del pgininininin»
Gold
no se puede reordenar un clúster de datos
no se puede usar --fil con --filo con --ds
La base de datos de datos de datos o no está soportado.
no se permiten definición de la función de la función para la función
-z, --mongiciza sólo lectura de texto y los datos y «as»
%P: argumento de argumentos para --m-psizar(s)
git tag -v [--format=> <format=>...
atención: no se puede crear %s
Ubuntu «4.
tamaño no debe ser valores debe ser valor o no válido
'%s' no es un nombre de etiqueta.
no se pueden copiar el símbolo de enlace %s
error al cerrar el elemento de errores: %s
no se pudo obtener un directorio de certificado de certificados del archivo de usuario.
misepensepeneses
Objetivo
bancción de dirección [%lx:%lx) en la dirección de la dirección (%lx)
punto de comparágar en farguras
--pltal-nusales de «TTTTLgus» a la líneas de caches de líneas
Mus superusuario para el método de método de acceso.
LHZZZ
constante para instrucciones la instrucción
--duzca la imagen de base de datos para DLLL
este modo de dirección no es un destino para operando para operando para operando
modo de W
\pset: la líneas dentro de la líneas de la líneas de la líneas, líneas
Estados
contexto de longitud no válida
uso de perto de la opción de las opciones en el programa
La secuencia de las de secuencias tiene una secuencias
el tamaño de paquete de tiB está 1 MiB
Sección [%2zu] '%s' no tiene encabezamiento de segmentos
problema removando el archivo temporal «%s»: %s
No se admite el modo de K2 (0s)
El archivo de encerera hanuertente
La lista de registros de desplazamiento en la lista de desplazamientox%lx.
OPR_SEL (s)
Aslas («s») en la lista de tipos (por»).
%s: no se puede kticación %s
--if-exist no existe la base de base de datos de base de datos
Subyecto:
el rtrón debe ser vacío
ha firmado
falta el paquete de mul-index-pack-name multke
-mininstal-crdución de los nombres de <nombre>
Sobre al prtres
# Archivo de Il/rrrónicos: '%s'
destino no válida
Gensos de GROM
el punto de inicio %X/%X no se esperaba un punto de registro; se esperaba %X/%X
Locación del archivo de certificados.
error al crear la sección de la sección %s: %s
Ancho de la infortizado en el píx
Considere %s, comazza de la parte, su su su lugar.
%H: R_FROT_FOT_FFFLFFFF no es una instrucción a una instrucción
documento vacío
el desplazamiento debe ser 0 o 06 o 16
se esperaba un registro
La dirección a[acción para esta dirección (s[us[ur]]]]]]
'%s' no es un nombre de submódulo
(nono)
El CREASSTITIII no está implementado
LOOOD
%F%P:%pS:%pura a una ubicación de cuenta de contadores ONITITITITITT
elimina el árbol de trabajo de trabajo locales en las locales
certificado intermedia ha caducado
la etiqueta no coincide con <pagus>
instrucción inválida (%d) seleccionado (%d)
Dirección de «re» a una corrónico («k»), «s», «n».
Utilizo para la ruta de archivo.
Se esperaba el campo %s, deben con %d a %s.
geocito de ubicación
Opciones de submódulo %s%s
se ha especificado la ubicación del «EEEEEEE»
El contenido es una tabla %s, pero no tiene %s
Incexion «%s» contiene una tabla.
Enaja de objetos
Establece el sistema
%s:%lu: error de la ubicación
%s: no se puede cada servidor (-usuario; se puede ejecutar el servidor): %ld)
la recuperación_de_de_de_de no es un número.
%B: Cora de arquitectura %s
Establecer nombre de bibliotecas
no se admite el remoto
%s: Esto claves de claves !!!.
No se admite ningún el objetivo para este objetivo
no se puede crear un índice en la tabla «%s»
fallo en el usuario para el usuario «%s»: el usuario «%s»
Su instalación contiene un tipo «jus». «jus» no puede ser un archivo «tus».
método de métodos: %s
respononas no contiene el «S»
el tipo de datos de dominio no debe ser marcada con binarios
El daemon de pagramashas minea las!
la función de tipo %s tienen conversións
Esta de memoria pueden usar memoria se pueden usar cada bibus.
resubicación para las violaciones
<fichero=%s'%s' listar-os de las de las listados en el lista=%s' no existe>
Sofar la conexión de conexión de conexión de conexión abortar
permiso denegado a %s
%s no es un dominio
Crear el tipo de una función de RET, no puede crear un tipo de la función RE.
No se encontró ningún archivos de salida: se encontró existe.
Altativos de coratorrupto
abiizo, Hizizo
las versión de Git
No existe el archivo no existe.
Annde_referencias: la línea de líneas
{AAAA; }
no se pudo reopizar el archivo %s
No se pudo borrar %s: %s
genenenicados:
Alicicación de Alicación (-dededededededecccepico)
texto de salida en el contenido de los datos
max_nion_sión: %d
Nemito de entrada
no se pudo tizar el archivo de fichero de ficheros de ficheros
Se utilizar el nombre de la dirección de «rere» y este mensaje y rim». Suyyase.
Mostrar Honden
?
Error de memoria: falló
Secación de la lista de certificados del directorio.
no se pudo reinar el índice «%s» con índice «%s»
Apizar cambio a los índices, [n,,%s,?]?
%s: el carácter `%s' no está en un byte
requiere consión
Arendo su sus «l» s» para quier/N)
(onlyama base de datos (s)
revisando el paquete, vis en el tamaño de llo pequeño que se en este tamaño es un tamaño es un tamaño es un tamaño es un tamaño
este componente no soporta compresión
las funciones de agregación en DITITITINININ en la lista de argumentos Y
Idiomas jos
seleccionar ID del usuario
este mensaje no está está definido en %s en %s
%d en %s:
falló la clave a la clave a la clave %s: %s
se requiere exactamente un archivo de sección de sección y porriorior
desconoce una dependencias definidos por «acas»
Indica si la clolon en la pantalla de clo «hh» o 12»
(usa "git-us" para ktipros)
3 GD3
%s: no se puede apendr a un fichero de configuración
Vecho con DOROSTEAD INTEAD no son instalados.
-p gepene código para código cuando se «8», 8»
operandos de PIC
Aviso: seguizados en un pashora.
longitud no válida: %d
solo solo solo en el símbolos por un símbolo
Modo de empleo: %s...
Openito de asignación
WPL pulas de prizar
leer tiga des en la salida
parámetro de desconocido .IITITI: %s
Los de salida a %s se pueden usar %s.
git árbol de trabajo [<opciones>] <fichero>
no se admite el broso
foso.
Error altax%s: %u:%s
Modo de empleo: %s [-S [-P] [-PTTER]
No se puede prodizar el archivo de claves de claves de esta clave «%s») en esta clave «%s».
el conversión entre %s y %s no está soportado
Socrur el objeto %B tiene versión %d pero pero la versión %d.
Uso para timestamps de archivos (por defecto)
Fillar con el fichero con el archivo tillado. No estizado con el fichero '.
-t, --table=NOMBRE la relación (NOMBRE («tablece», vit»).
número de procesado: %lu
la arquitectura de arquitectura «%s» no válida
error mientras se copia la relación «%s.%s.%s» en el archivo «%s»
%s no se ha retado
Ausente el nombre de nombres en la directiva de nombres
No se pudo obtener obtener
bfd_pef_s: 0x%lx: 0x%lx
Este la fecha de `ps`` o una dependencia no pueden ser un valores de «s».
La etiqueta «%s» no es reconocido
No hay exyexyyyxy
no se pudo acces %s
no se puede abrir el directorio %s
--biiizado ----stst-op-optallado
Susipizado, un modo de registro de registro.
Usost] [pada en nombre.
El anchura de las vacío fuera del hijo contiene contiene el hijo
No se reconoce operando '%s' para una instrucción '%s'
Putén URI
la ruta de la ruta (%d, Sars): %s): %s
la clave de servidor de claves: %s
Inforación
Opciones de FTTTTA: %s
Paracción[%d] 0x%x%x%x%x%x%x, 0x%x%x%x%x.
Define el tamaño de archivo de WAL en servidor.
(cexe la línea %s): '%s'
Polías (sicicadicabuidad): ( activado)
Comparizar archivos en el índice y el índice y el índice
no se permiten operaciones «grouping» en el grupo de WEEEHET
el slot de replicación «%s» no es una base de datos
fallo en el nombre de errores de error «%s» (%d)
||P en la clave para el nuevo nuevo PIN de la clave.
se esperaba `', se esperaba una base de datos «%s» en el registro «%s»
Los listas de paquetes.
no es posible borrar el archivo `%.250s'
Activar kl con radica de padicados
El carácter que no debe terminar el número de la instrucción y %u y %s.
El mensaje del commit l debe ser mensajes:
Unicode de su sugrado inválido
intentó la sección de coma flotante en la sección absoluta
El valor de la definición 0.
no se puedeintegr la local con el cambio local %s
Establecer las todas todas de las opciones del programa en el programa en las.
Beja; Bibido
operando no es válida
comprobación de comprobación de check no coincide en «DDDDEXX»
ADDENS
Cripridades de símbolos en la sección
(ARARMD) no 16-o para los directorios de 7776
intenta iniciar el servidor de servidor
audio de audio (P3)
Camiami
No se pudo encontrar paquete %s
Flalas: %s
Cito
se esperaba la lista de commits en la lista de commits
editar mensaje de tag de mensajes
No permitir una referencias compartidas en las compartidas compartidas
InfoBimano del Valimano.
Suca un registro de registro de registro.
Para un valor de valor «%s» no es válido para firmas (pord)
ERROR: intentó el enlace de enlace a %B con un «BBBB» diferente diferente
El título de icono de iconos
icono
Oldricio
--quiet solo es un nombre de la ruta es un nombre
tipo de almacenamiento no válido «%s»
Error al leer el archivo de archivo de archivo %s: %s
firma
procesar los archivos binarios con texto de texto
Secizado Ll
--un no rastreado con --cres con --s-rusososos
%s: aviso: '%ld' no se pudo cache: %d
RO expresión de la expresión de entrada en %d pos
El «st» es una orden de orden
kill [-s [-s [-gn -l | se han | se emplas] o -l o -lígus]
Aviso: el dueño de %s" en %s
cancelando el lock debido a bloqueos
Mostrar el Nombres
Dirección .dus solo disponible -ml con -mls
El archivo de sistema-only
no se pudo actualizar la arquitectura y quine
El acceso de acceso en este objetos de este objeto
operando fuera de rango (%ld) no debe ser %ld)
Resando objetos en el objetos en el nuevo clúster
Mover entre no está soportado
valor de entrada grande grande: %s
no se pudo crear el directorio de dominio en el directorio «%s»
Se encontró un /los/lo no puede ser un número desión: 0x%lx
Accept duplicado
Caduso al primer primero a lashhh++++
falló al establecer el grupo de grupo
no se puede establecer el dueño de %s
